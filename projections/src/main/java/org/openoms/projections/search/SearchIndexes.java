package org.openoms.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch indexes and their mappings. The server ships only the standard analyser, so
 * typo tolerance comes from fuzzy queries, not from n-gram analysis.
 */
@Component
public class SearchIndexes {

    public static final String[] ORDER_SEARCH_FIELDS = {"orderNumber^4", "channelOrderRef^4", "customerName^3",
            "customerEmail^3", "customerPhone^2", "skus^2", "descriptions", "status"};

    private final ElasticsearchClient client;
    private final String ordersIndex;
    private volatile boolean ordersReady;

    public SearchIndexes(ElasticsearchClient client, @Value("${oms.search.index-prefix:oms-}") String prefix) {
        this.client = client;
        this.ordersIndex = prefix + "orders";
    }

    public String orders() {
        return ordersIndex;
    }

    /** Creates the orders index on first use, so the application starts even while the search server does not. */
    public String ensureOrders() {
        if (!ordersReady) {
            create(ordersIndex, ordersMapping());
            ordersReady = true;
        }
        return ordersIndex;
    }

    public void deleteOrders() {
        try {
            if (client.indices().exists(e -> e.index(ordersIndex)).value()) {
                client.indices().delete(d -> d.index(ordersIndex));
            }
            ordersReady = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create(String index, TypeMapping mapping) {
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).mappings(mapping));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TypeMapping ordersMapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property textWithKeyword = Property.of(p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k))));
        Property text = Property.of(p -> p.text(t -> t));
        return TypeMapping.of(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                .properties(Map.ofEntries(
                        Map.entry("orderId", keyword),
                        Map.entry("orderNumber", textWithKeyword),
                        Map.entry("channel", keyword),
                        Map.entry("channelOrderRef", textWithKeyword),
                        Map.entry("customerName", textWithKeyword),
                        Map.entry("customerEmail", textWithKeyword),
                        Map.entry("customerPhone", textWithKeyword),
                        Map.entry("skus", textWithKeyword),
                        Map.entry("descriptions", text),
                        Map.entry("status", keyword),
                        Map.entry("placedAt", Property.of(p -> p.date(d -> d))),
                        Map.entry("total", keyword),
                        Map.entry("currency", keyword))));
    }
}

package org.openoms.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
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

    public static final String[] MESSAGE_SEARCH_FIELDS = {"subject^2", "body", "sender", "orderNumber^3"};

    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final String ordersIndex;
    private final String messagesIndex;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    public SearchIndexes(ElasticsearchClient client, @Value("${oms.search.index-prefix:oms-}") String prefix) {
        this.client = client;
        this.ordersIndex = prefix + "orders";
        this.messagesIndex = prefix + "messages";
    }

    /** Creates the orders index on first use, so the application starts even while the search server does not. */
    public String ensureOrders() {
        return ensure(ordersIndex, SearchIndexes::ordersMapping);
    }

    public String ensureMessages() {
        return ensure(messagesIndex, SearchIndexes::messagesMapping);
    }

    public void deleteOrders() {
        delete(ordersIndex);
    }

    public void deleteMessages() {
        delete(messagesIndex);
    }

    /**
     * Writes a document versioned by the event that caused it: its sequence in the order's stream (every
     * search document changes only through its order's events). A repeated or out-of-date write is
     * refused by Elasticsearch and changes nothing.
     */
    public void writeVersioned(String index, String id, Object document, DomainEventMessage<?> cause) {
        long version = cause.getSequenceNumber() + 1;
        try {
            client.index(i -> i.index(index).id(id).version(version).versionType(VersionType.External).document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ensure(String index, java.util.function.Supplier<TypeMapping> mapping) {
        if (!ready.contains(index)) {
            create(index, mapping.get());
            ready.add(index);
        }
        return index;
    }

    private void delete(String index) {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            ready.remove(index);
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

    private static TypeMapping messagesMapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property text = Property.of(p -> p.text(t -> t));
        Property date = Property.of(p -> p.date(d -> d));
        return TypeMapping.of(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False)
                .properties(Map.ofEntries(
                        Map.entry("messageId", keyword),
                        Map.entry("orderId", keyword),
                        Map.entry("orderNumber", Property.of(p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k))))),
                        Map.entry("direction", keyword),
                        Map.entry("channel", keyword),
                        Map.entry("sender", Property.of(p -> p.text(t -> t.fields("keyword", f -> f.keyword(k -> k))))),
                        Map.entry("subject", text),
                        Map.entry("body", text),
                        Map.entry("receivedAt", date),
                        Map.entry("orderStatus", keyword),
                        Map.entry("despatchedAt", date))));
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

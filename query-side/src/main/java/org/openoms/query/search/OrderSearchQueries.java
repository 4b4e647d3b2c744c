package org.openoms.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.order.query.OrderSearchResult;
import org.openoms.kernel.order.query.SearchOrders;
import org.openoms.projections.search.OrderSearchDocument;
import org.openoms.projections.search.SearchIndexes;
import org.springframework.stereotype.Component;

/** Full-text order search: fuzzy on every searchable field, exact identifiers ranked first. */
@Component
public class OrderSearchQueries {

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    public OrderSearchQueries(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    @QueryHandler
    public OrderSearchResult handle(SearchOrders query) {
        try {
            var response = client.search(s -> s.index(indexes.ensureOrders())
                            // page and size are bounded by SearchOrders to the search window
                            .from(query.page() * query.size()).size(query.size())
                            .query(q -> q.bool(b -> b
                                    .should(sh -> sh.multiMatch(m -> m.query(query.text())
                                            .fields(java.util.List.of(SearchIndexes.ORDER_SEARCH_FIELDS))
                                            .type(TextQueryType.BestFields).fuzziness("AUTO").prefixLength(1)))
                                    .should(sh -> sh.multiMatch(m -> m.query(query.text()).boost(5.0f)
                                            .fields("orderId", "orderNumber.keyword", "channelOrderRef.keyword",
                                                    "customerEmail.keyword", "skus.keyword")))
                                    .minimumShouldMatch("1")))
                            .highlight(h -> h.fields("customerName", f -> f).fields("customerEmail", f -> f)
                                    .fields("descriptions", f -> f).fields("skus", f -> f)
                                    .fields("orderNumber", f -> f).fields("channelOrderRef", f -> f)),
                    OrderSearchDocument.class);
            var hits = response.hits().hits().stream()
                    .filter(hit -> hit.source() != null)
                    .map(hit -> {
                        OrderSearchDocument doc = hit.source();
                        return new OrderSearchResult.Hit(doc.orderId(), doc.orderNumber(), doc.channelOrderRef(),
                                doc.customerName(), doc.customerEmail(), doc.status(),
                                hit.score() == null ? 0 : hit.score(), hit.highlight());
                    }).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new OrderSearchResult(total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

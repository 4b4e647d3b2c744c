package org.openoms.query.messaging;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.messaging.MessageSearchResult;
import org.openoms.kernel.messaging.SearchMessages;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.platform.web.InvalidRequest;
import org.openoms.projections.messaging.MessageDocument;
import org.openoms.projections.search.SearchIndexes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Message search with highlights. "Live" (not yet despatched, or despatched in the last 7 days, and not
 * cancelled) is decided at query time with date math, so a message drops out of the live group without
 * any event; live messages get a boost no text score reaches, so they always rank first.
 */
@Component
public class MessageSearchQueries {

    private static final double LIVE_BOOST = 1000;

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    public MessageSearchQueries(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    static Query live() {
        Query notDespatched = Query.of(q -> q.bool(b -> b.mustNot(n -> n.terms(t -> t.field("orderStatus")
                .terms(v -> v.value(List.of(FieldValue.of(OrderStatus.DESPATCHED.name()),
                        FieldValue.of(OrderStatus.CANCELLED.name()))))))));
        Query recentlyDespatched = Query.of(q -> q.range(r -> r.date(d -> d.field("despatchedAt").gte("now-7d"))));
        return Query.of(q -> q.bool(b -> b.should(notDespatched).should(recentlyDespatched).minimumShouldMatch("1")));
    }

    @QueryHandler
    public MessageSearchResult handle(SearchMessages query) {
        List<Query> filters = new ArrayList<>();
        if (query.orderId() != null && !query.orderId().isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("orderId").value(query.orderId()))));
        }
        if (query.channel() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("channel").value(query.channel().name()))));
        }
        if (query.direction() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("direction").value(query.direction().name()))));
        }
        if (query.receivedFrom() != null || query.receivedTo() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("receivedAt");
                if (query.receivedFrom() != null) {
                    d.gte(query.receivedFrom().toString());
                }
                if (query.receivedTo() != null) {
                    d.lt(query.receivedTo().toString());
                }
                return d;
            }))));
        }
        Query text = Query.of(q -> q.bool(b -> b
                .must(m -> m.multiMatch(mm -> mm.query(query.text()).fields(List.of(SearchIndexes.MESSAGE_SEARCH_FIELDS))
                        .fuzziness("AUTO").prefixLength(1)))
                .filter(filters)));
        try {
            var response = client.search(s -> s.index(indexes.ensureMessages())
                            .from(query.page() * query.size()).size(query.size())
                            .query(q -> q.functionScore(f -> f.query(text)
                                    .functions(fn -> fn.filter(live()).weight(LIVE_BOOST))
                                    .boostMode(FunctionBoostMode.Sum)))
                            .highlight(h -> h.fields("subject", x -> x).fields("body", x -> x.fragmentSize(160))),
                    MessageDocument.class);
            var hits = response.hits().hits().stream().filter(hit -> hit.source() != null).map(hit -> {
                MessageDocument doc = hit.source();
                double score = hit.score() == null ? 0 : hit.score();
                return new MessageSearchResult.Hit(doc.messageId(), doc.orderId(), doc.orderNumber(), doc.direction(),
                        doc.channel(), doc.sender(), doc.subject(), Instant.parse(doc.receivedAt()),
                        score >= LIVE_BOOST, score, hit.highlight());
            }).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new MessageSearchResult(total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RestController
    @RequestMapping("/api/messages")
    @Tag(name = "Messages", description = "One inbox: full-text search of customer messages")
    public static class MessageSearchController {

        private final QueryGateway queries;

        public MessageSearchController(QueryGateway queries) {
            this.queries = queries;
        }

        @GetMapping("/search")
        @Operation(summary = "Search messages with highlights; messages about live orders first")
        public MessageSearchResult search(@RequestParam String q,
                                          @RequestParam(required = false) String orderId,
                                          @RequestParam(required = false) Channel channel,
                                          @RequestParam(required = false) MessageDirection direction,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
            var query = InvalidRequest.of("q", () -> new SearchMessages(q, orderId, channel, direction, from, to, page,
                    size));
            return queries.query(query, ResponseTypes.instanceOf(MessageSearchResult.class)).join();
        }
    }
}

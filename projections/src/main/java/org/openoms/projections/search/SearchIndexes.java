package org.openoms.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.openoms.projections.processing.Causes;
import org.openoms.projections.processing.ReadModelUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch indexes, their mappings and the one way documents are written to them. The server
 * ships only the standard analyser, so typo tolerance comes from fuzzy queries, not from n-gram analysis.
 *
 * <p>Writes are staged while a processor works through a batch of events and sent as one {@code _bulk}
 * request just before the batch's token commits; if that request fails the token does not move and the
 * batch is replayed. Every document is versioned by the order event behind it (its sequence in the order's
 * stream), so a replayed write that Elasticsearch refuses as "already holds this version or a newer one"
 * is the event already applied: success, not an error.
 */
@Component
public class SearchIndexes implements SmartInitializingSingleton {

    public static final String[] ORDER_SEARCH_FIELDS = {"orderNumber^4", "channelOrderRef^4", "customerName^3",
            "customerEmail^3", "customerPhone^2", "skus^2", "descriptions", "status"};

    public static final String[] MESSAGE_SEARCH_FIELDS = {"subject^2", "body", "sender", "orderNumber^3"};

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);
    private static final int VERSION_CONFLICT = 409;
    private static final String PENDING = SearchIndexes.class.getName() + ".pending";

    private final ElasticsearchClient client;
    private final String ordersIndex;
    private final String messagesIndex;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    public SearchIndexes(ElasticsearchClient client, @Value("${oms.search.index-prefix:oms-}") String prefix) {
        this.client = client;
        this.ordersIndex = prefix + "orders";
        this.messagesIndex = prefix + "messages";
    }

    /**
     * Creates every index that is missing, once all beans exist and before the processors start; an index
     * that another instance created meanwhile counts as created. A search server that does not answer yet
     * is no reason not to start: the first write or search creates the index then.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            ensureOrders();
            ensureMessages();
        } catch (RuntimeException e) {
            LOG.warn("search indexes not created at start-up (the search server did not answer): {}", e.toString());
        }
    }

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
     * Writes a document versioned by the event that caused it. Inside a processor's batch the write waits
     * for the batch's bulk request; anywhere else it is sent at once.
     */
    public void writeVersioned(String index, String id, Object document, DomainEventMessage<?> cause) {
        var write = new PendingWrite(index, id, document, cause.getSequenceNumber() + 1);
        if (CurrentUnitOfWork.isStarted()) {
            pendingWrites(CurrentUnitOfWork.get().root()).put(write.key(), write);
        } else {
            send(List.of(write));
        }
    }

    /**
     * The document as this batch leaves it: a write staged earlier in the batch, else what the index holds
     * (a real-time get, which sees writes not yet refreshed).
     */
    public <T> Optional<T> current(String index, String id, Class<T> type) {
        if (CurrentUnitOfWork.isStarted()) {
            PendingWrite staged = pendingWrites(CurrentUnitOfWork.get().root()).get(index + "/" + id);
            if (staged != null) {
                return Optional.of(type.cast(staged.document()));
            }
        }
        var found = call(() -> client.get(g -> g.index(index).id(id), type));
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }

    private Map<String, PendingWrite> pendingWrites(UnitOfWork<?> root) {
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, PendingWrite> writes = new LinkedHashMap<>();
            root.onPrepareCommit(u -> send(new ArrayList<>(writes.values())));
            return writes;
        });
    }

    private void send(List<PendingWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = writes.stream().map(w -> BulkOperation.of(op -> op.index(i -> i
                .index(w.index()).id(w.id()).version(w.version()).versionType(VersionType.External)
                .document(w.document())))).toList();
        var response = call(() -> client.bulk(b -> b.operations(operations)));
        if (response.errors()) {
            List<String> refused = response.items().stream().filter(SearchIndexes::refused)
                    .map(i -> i.index() + "/" + i.id() + ": " + i.status() + " " + (i.error() == null ? ""
                            : i.error().type() + " " + i.error().reason()))
                    .toList();
            if (!refused.isEmpty()) {
                throw new SearchWriteRefused(refused.size() + " of " + writes.size() + " search writes refused, first: "
                        + refused.get(0));
            }
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /**
     * One request to the search server. Axon interrupts a processor thread whose batch outlives its timeout;
     * the interrupt is cleared here, once it has ended the request, because a processor thread that is still
     * interrupted when it sleeps before its retry shuts its processor down for good.
     */
    private static <T> T call(Call<T> request) {
        try {
            return request.run();
        } catch (IOException | RuntimeException e) {
            if (interrupted(e)) {
                Thread.interrupted();
                throw new ReadModelUnavailable("the search request was interrupted (batch timeout)", e);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static boolean interrupted(Throwable e) {
        return Causes.of(e).stream().anyMatch(t -> t instanceof InterruptedException
                || t instanceof java.io.InterruptedIOException) || Thread.currentThread().isInterrupted();
    }

    /** A conflict on an external version means the index already holds that version or a newer one. */
    private static boolean refused(BulkResponseItem item) {
        return item.error() != null && item.status() != VERSION_CONFLICT;
    }

    private String ensure(String index, Supplier<TypeMapping> mapping) {
        if (!ready.contains(index)) {
            create(index, mapping.get());
            ready.add(index);
        }
        return index;
    }

    private void delete(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
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
        } catch (ElasticsearchException e) {
            // another instance (or a processor of this one) created it between our check and our create
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record PendingWrite(String index, String id, Object document, long version) {
        String key() {
            return index + "/" + id;
        }
    }

    /** Elasticsearch refused a write for a reason other than already holding it; the batch is replayed. */
    public static final class SearchWriteRefused extends RuntimeException {
        SearchWriteRefused(String message) {
            super(message);
        }
    }

    private static TypeMapping messagesMapping() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property text = Property.of(p -> p.text(t -> t));
        Property date = Property.of(p -> p.date(d -> d));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
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
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
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

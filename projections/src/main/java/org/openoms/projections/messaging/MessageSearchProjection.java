package org.openoms.projections.messaging;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.openoms.kernel.messaging.CustomerMessageRecorded;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.projections.search.SearchIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Owns the message index (and its helper tables, and the orders awaiting a reply). Each message carries its order's status and
 * despatch time, so "live orders first" is decided at query time against the clock; when an order is
 * despatched or cancelled its messages are re-indexed. Writes are versioned by the order event behind them.
 */
@Component
@ProcessingGroup(MessageSearchProjection.PROCESSING_GROUP)
public class MessageSearchProjection {

    public static final String PROCESSING_GROUP = "message-search";

    private final SearchIndexes indexes;
    private final JdbcTemplate jdbc;

    public MessageSearchProjection(SearchIndexes indexes, JdbcTemplate jdbc) {
        this.indexes = indexes;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("""
                INSERT INTO message_order_state (order_id, order_number, status, despatched_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                event.orderId().value(), event.orderNumber(), event.initialStatus().name(),
                event.historical() ? Timestamp.from(event.placedAt()) : null);
    }

    @EventHandler
    void on(OrderDespatched event, DomainEventMessage<?> cause) {
        jdbc.update("UPDATE message_order_state SET status = ?, despatched_at = ? WHERE order_id = ?",
                OrderStatus.DESPATCHED.name(), Timestamp.from(event.despatchedAt()), event.orderId().value());
        reindexMessagesOf(event.orderId().value(), OrderStatus.DESPATCHED, event.despatchedAt().toString(), cause);
    }

    @EventHandler
    void on(OrderCancelled event, DomainEventMessage<?> cause) {
        jdbc.update("UPDATE message_order_state SET status = ? WHERE order_id = ?",
                OrderStatus.CANCELLED.name(), event.orderId().value());
        reindexMessagesOf(event.orderId().value(), OrderStatus.CANCELLED, null, cause);
    }

    @EventHandler
    void on(CustomerMessageRecorded event, DomainEventMessage<?> cause) {
        String orderId = event.orderId().value();
        var state = jdbc.queryForList("SELECT order_number, status, despatched_at FROM message_order_state WHERE order_id = ?",
                orderId);
        String orderNumber = state.isEmpty() ? null : (String) state.get(0).get("order_number");
        OrderStatus status = state.isEmpty() ? OrderStatus.PLACED : OrderStatus.valueOf((String) state.get(0).get("status"));
        Object despatched = state.isEmpty() ? null : state.get(0).get("despatched_at");
        String despatchedAt = despatched instanceof Timestamp ts ? ts.toInstant().toString() : null;
        jdbc.update("INSERT INTO message_index_entries (message_id, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.messageId(), orderId);
        awaitingReply(event);
        conversation(event, orderNumber);
        write(new MessageDocument(event.messageId(), orderId, orderNumber, event.direction(), event.channel(),
                event.sender(), event.subject(), event.body(), event.receivedAt().toString(), status, despatchedAt), cause);
    }

    /** The customer waits from their first message after our last reply; any reply answers them. */
    private void awaitingReply(CustomerMessageRecorded event) {
        if (event.direction() == MessageDirection.INBOUND) {
            jdbc.update("INSERT INTO awaiting_reply (order_id, message_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    event.orderId().value(), event.messageId(), Timestamp.from(event.receivedAt()));
        } else {
            jdbc.update("DELETE FROM awaiting_reply WHERE order_id = ?", event.orderId().value());
        }
    }

    /** Words that make a waiting customer urgent, wherever they stand in a message. */
    static final List<String> TROUBLE = List.of("refund", "damaged", "broken", "missing", "wrong", "cancel", "complaint",
            "late", "never arrived");

    /**
     * The order's conversation for the inbox: a customer's message opens it (or keeps it waiting, collecting the
     * words of trouble it holds), a reply answers it; a customer writing again after a reply is flagged.
     */
    private void conversation(CustomerMessageRecorded event, String orderNumber) {
        boolean inbound = event.direction() == MessageDirection.INBOUND;
        String text = ((event.subject() == null ? "" : event.subject()) + " " + event.body()).toLowerCase(Locale.ROOT);
        String words = inbound ? String.join(",", TROUBLE.stream().filter(text::contains).toList()) : "";
        Timestamp at = Timestamp.from(event.receivedAt());
        String subject = event.subject() == null ? null : event.subject().substring(0, Math.min(500, event.subject().length()));
        jdbc.update("""
                INSERT INTO inbox_conversations (order_id, order_number, customer, subject, last_direction, last_at,
                    waiting_since, messages, keywords, replied_after_answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, nullif(?, ''), false)
                ON CONFLICT (order_id) DO UPDATE SET
                    order_number = coalesce(excluded.order_number, inbox_conversations.order_number),
                    customer = CASE WHEN ? THEN excluded.customer ELSE inbox_conversations.customer END,
                    subject = excluded.subject, last_direction = excluded.last_direction,
                    last_at = greatest(inbox_conversations.last_at, excluded.last_at),
                    waiting_since = CASE WHEN ? THEN coalesce(inbox_conversations.waiting_since, excluded.last_at) END,
                    messages = inbox_conversations.messages + 1,
                    keywords = CASE WHEN ? THEN nullif(concat_ws(',', inbox_conversations.keywords, nullif(?, '')), '')
                                    END,
                    replied_after_answer = CASE WHEN ? THEN inbox_conversations.last_direction = 'OUTBOUND'
                                               OR inbox_conversations.replied_after_answer ELSE false END""",
                event.orderId().value(), orderNumber, event.sender(), subject, event.direction().name(), at,
                inbound ? at : null, words, inbound, inbound, inbound, words, inbound);
    }

    @ResetHandler
    void reset() {
        indexes.deleteMessages();
        jdbc.update("TRUNCATE message_order_state, message_index_entries, awaiting_reply, inbox_conversations");
    }

    private void reindexMessagesOf(String orderId, OrderStatus status, String despatchedAt, DomainEventMessage<?> cause) {
        List<String> messageIds = jdbc.queryForList("SELECT message_id FROM message_index_entries WHERE order_id = ?",
                String.class, orderId);
        for (String messageId : messageIds) {
            indexes.current(indexes.ensureMessages(), messageId, MessageDocument.class)
                    .ifPresent(document -> write(document.withOrder(status, despatchedAt), cause));
        }
    }

    private void write(MessageDocument document, DomainEventMessage<?> cause) {
        indexes.writeVersioned(indexes.ensureMessages(), document.messageId(), document, cause);
    }
}

package org.openoms.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.openoms.kernel.order.ConcernsOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Owns {@code order_timeline}: every event that concerns an order, from any stream, with who did
 * it, why, and a one-line summary a person can read. Keyed by the event's identifier, so a repeated
 * delivery changes nothing; numbered in the order the events happened.
 */
@Component
@ProcessingGroup(OrderTimelineProjection.PROCESSING_GROUP)
public class OrderTimelineProjection {

    public static final String PROCESSING_GROUP = "order-timeline";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public OrderTimelineProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ConcernsOrder event, EventMessage<?> message) {
        var metaData = message.getMetaData();
        jdbc.update("""
                INSERT INTO order_timeline (event_id, order_id, occurred_at, event_type, summary, actor, reason,
                                            correlation_id, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), event.orderId().value(), Timestamp.from(message.getTimestamp()),
                event.getClass().getSimpleName(), TimelineSummaries.of(event),
                metaData.get("actor"), metaData.get("reason"), originOf(metaData), write(event));
    }

    /**
     * Positions number rows in the order the processor met them, which follows commit order: two events
     * committed out of global order can be numbered differently by a rebuild. The timeline reads by the
     * time each event happened, positions only breaking ties.
     */
    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE order_timeline RESTART IDENTITY");
    }

    /**
     * The request an event goes back to: Axon's trace id names the first message of the chain (an HTTP
     * command), its correlation id only the message that directly caused this one (a saga's command).
     */
    private static Object originOf(org.axonframework.messaging.MetaData metaData) {
        return metaData.getOrDefault("traceId", metaData.get("correlationId"));
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}

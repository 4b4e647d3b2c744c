package org.openoms.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.openoms.kernel.order.ConcernsOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Owns {@code order_timeline}: every event that concerns an order, from any stream, with who did
 * it, why, and a one-line summary a person can read. Keyed by the event's global position, so a
 * repeated delivery changes nothing.
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
    void on(ConcernsOrder event, EventMessage<?> message, TrackingToken token) {
        var metaData = message.getMetaData();
        jdbc.update("""
                INSERT INTO order_timeline (order_id, position, occurred_at, event_type, summary, actor, reason,
                                            correlation_id, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (order_id, position) DO NOTHING""",
                event.orderId().value(), position(token), Timestamp.from(message.getTimestamp()),
                event.getClass().getSimpleName(), TimelineSummaries.of(event),
                metaData.get("actor"), metaData.get("reason"), metaData.get("correlationId"), write(event));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE order_timeline");
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("the timeline needs positioned events"));
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}

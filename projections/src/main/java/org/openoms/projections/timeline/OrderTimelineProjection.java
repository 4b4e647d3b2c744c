package org.openoms.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
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

    /**
     * A row's position is its event's position in the event store, so the timeline reads in the store's order
     * whichever order concurrent commits reached the processor in, and a rebuild numbers it the same.
     */
    @EventHandler
    void on(ConcernsOrder event, EventMessage<?> message) {
        var metaData = message.getMetaData();
        jdbc.update("""
                INSERT INTO order_timeline (position, event_id, order_id, occurred_at, event_type, summary, actor,
                                            reason, correlation_id, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (event_id) DO NOTHING""",
                storePosition(message), message.getIdentifier(), event.orderId().value(), Timestamp.from(message.getTimestamp()),
                event.getClass().getSimpleName(), TimelineSummaries.of(event),
                metaData.get("actor"), metaData.get("reason"), metaData.get("correlationId"), write(event));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE order_timeline");
    }

    private static long storePosition(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position()
                    .orElseThrow(() -> new IllegalStateException("event " + message.getIdentifier() + " has no position"));
        }
        throw new IllegalStateException("the timeline is built from the event stream; " + message.getIdentifier()
                + " did not come from it");
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}

package org.openoms.kernel.order.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One event on an order's timeline. {@code position} is the event's place in the global stream;
 * {@code payload} is the event as stored, JSON text.
 */
public record TimelineEntry(long position, Instant occurredAt, String type, String summary, String actor,
                            String reason, String correlationId, @JsonRawValue String payload) {
}

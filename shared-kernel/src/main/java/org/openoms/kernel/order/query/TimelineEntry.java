package org.openoms.kernel.order.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event on an order's timeline. {@code position} orders entries that happened in the same instant;
 * {@code payload} is the event as stored, a JSON tree (not raw text, which a query response crossing Axon
 * Server could not be read back from).
 */
public record TimelineEntry(long position, Instant occurredAt, String type, String summary, String actor,
                            String reason, String correlationId, JsonNode payload) {
}

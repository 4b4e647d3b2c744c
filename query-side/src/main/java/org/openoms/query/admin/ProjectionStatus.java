package org.openoms.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * How far one projection has got, from its committed tokens (the truth every instance shares), not from a
 * processor's in-memory view.
 *
 * @param position       the lowest committed position over its segments; -1 before its first event
 * @param head           the position of the newest event in the store
 * @param eventsBehind   positions between the two (the global event stream's positions, gaps included)
 * @param secondsBehind  age of the oldest event it has not applied; 0 when caught up, null where the store
 *                       does not say (Axon Server)
 * @param error          the failure that put it into retry, while it is retrying
 * @param stuckSince     when it stopped making progress while behind or in retry; null while it moves
 * @param stuck          stuck for longer than {@code oms.projections.stuck-after}
 * @param parkedEvents   events it could not apply, parked in its dead-letter queue with the order's later events
 * @param parked         the first of them, with the error each met
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, long position,
                               long head, long eventsBehind, Long secondsBehind, boolean inErrorRetry, String error,
                               Instant errorSince, Instant stuckSince, boolean stuck, long parkedEvents,
                               List<ParkedEvent> parked) {

    /** One parked event: the sequence (order) it holds up, what it was and why it could not be applied. */
    public record ParkedEvent(String sequence, String eventType, String eventId, Instant occurredAt, String error,
                              Instant parkedAt) {
    }
}

package org.openoms.projections.processing;

/**
 * A store behind a read model did not take a write for reasons of its own (not answering, overloaded,
 * interrupted by the batch timeout): no fault of the event, so the batch is retried and nothing is parked.
 */
public class ReadModelUnavailable extends RuntimeException {

    public ReadModelUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

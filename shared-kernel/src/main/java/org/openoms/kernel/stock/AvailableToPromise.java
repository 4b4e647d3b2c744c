package org.openoms.kernel.stock;

/**
 * The one definition of available to promise, used where reservations are decided and where stock is
 * shown: on hand less reserved, never below zero. Quarantined units are never on hand here.
 */
public final class AvailableToPromise {

    private AvailableToPromise() {
    }

    public static long of(long onHand, long reserved) {
        return Math.max(onHand - reserved, 0);
    }
}

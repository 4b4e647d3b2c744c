package org.openoms.kernel.order;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The traffic light of a despatch deadline: green on time, amber when the deadline falls today in the
 * merchant's time zone, red when it has passed.
 */
public enum DespatchLight {
    GREEN, AMBER, RED;

    public static DespatchLight at(Instant now, Instant deadline, ZoneId merchantZone) {
        if (!now.isBefore(deadline)) {
            return RED;
        }
        return now.atZone(merchantZone).toLocalDate().equals(deadline.atZone(merchantZone).toLocalDate()) ? AMBER : GREEN;
    }

    /** When an order due at {@code deadline} turns amber: the start of the deadline's day, merchant time. */
    public static Instant amberFrom(Instant deadline, ZoneId merchantZone) {
        return deadline.atZone(merchantZone).toLocalDate().atStartOfDay(merchantZone).toInstant();
    }
}

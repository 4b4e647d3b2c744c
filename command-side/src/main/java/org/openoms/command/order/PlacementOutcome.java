package org.openoms.command.order;

/** What placing answered: {@code created} is false when the same order had been placed before. */
public record PlacementOutcome(String orderId, String orderNumber, boolean created) {
}

package org.openoms.kernel.order.query;

import org.openoms.kernel.order.OrderId;

/** One order in full; answered with an empty Optional when no such order is known. */
public record FindOrder(String orderId) {

    public FindOrder {
        // the same rule as an order id everywhere else: a malformed one is refused, not looked up
        orderId = new OrderId(orderId).value();
    }
}

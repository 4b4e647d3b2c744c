package org.openoms.kernel.order.query;

import org.openoms.kernel.order.OrderId;

/** Every event of one order, in the order they happened. */
public record FindOrderTimeline(String orderId) {

    public FindOrderTimeline {
        // the same rule as an order id everywhere else: a malformed one is refused, not looked up
        orderId = new OrderId(orderId).value();
    }
}

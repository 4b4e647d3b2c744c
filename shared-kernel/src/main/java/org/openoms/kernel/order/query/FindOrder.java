package org.openoms.kernel.order.query;

import org.openoms.kernel.common.Require;

/** One order in full; answered with an empty Optional when no such order is known. */
public record FindOrder(String orderId) {

    public FindOrder {
        orderId = Require.text(orderId, "orderId", 64);
    }
}

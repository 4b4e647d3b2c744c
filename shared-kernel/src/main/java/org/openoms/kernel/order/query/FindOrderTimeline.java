package org.openoms.kernel.order.query;

import org.openoms.kernel.common.Require;

/** Every event of one order, in the order they happened. */
public record FindOrderTimeline(String orderId) {

    public FindOrderTimeline {
        orderId = Require.text(orderId, "orderId", 64);
    }
}

package org.openoms.kernel.order.query;

import org.openoms.kernel.common.Require;

/** Full-text search over orders, tolerant of typos. Pages count from 0. */
public record SearchOrders(String text, int page, int size) {

    public SearchOrders {
        text = Require.text(text, "q", 200);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
    }
}

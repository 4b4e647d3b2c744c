package org.openoms.kernel.order.query;

import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;

/** Full-text search over orders, tolerant of typos. Pages count from 0. */
public record SearchOrders(String text, int page, int size) {

    public SearchOrders {
        text = Require.text(text, "q", 200);
        Require.page(page, size, 100, Bounds.SEARCH_WINDOW);
    }
}

package org.openoms.kernel.order.query;

import java.time.Instant;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;

/** The order list, newest first; every filter is optional. Pages count from 0, up to {@link Bounds#LIST_WINDOW} rows deep. */
public record FindOrders(OrderStatus status, Channel channel, String customer, String sku,
                         Instant placedFrom, Instant placedTo, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindOrders {
        customer = Require.optionalText(customer, "customer", 200);
        sku = Require.optionalText(sku, "sku", 64);
        Require.optionalDate(placedFrom, "placedFrom");
        Require.optionalDate(placedTo, "placedTo");
        Require.page(page, size, MAX_PAGE_SIZE, Bounds.LIST_WINDOW);
        if (placedFrom != null && placedTo != null && placedTo.isBefore(placedFrom)) {
            throw new IllegalArgumentException("placedTo must not be before placedFrom");
        }
    }
}

package org.openoms.kernel.order.query;

import java.time.Instant;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;

/** The order list, newest first; every filter is optional. Pages count from 0. */
public record FindOrders(OrderStatus status, Channel channel, String customer, String sku,
                         Instant placedFrom, Instant placedTo, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindOrders {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (placedFrom != null && placedTo != null && placedTo.isBefore(placedFrom)) {
            throw new IllegalArgumentException("placedTo must not be before placedFrom");
        }
    }
}

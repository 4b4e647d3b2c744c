package org.openoms.projections.search;

import java.util.List;
import org.openoms.kernel.order.OrderStatus;

/** What the order search index holds per order. Dates are ISO-8601 text; the total is exact decimal text. */
public record OrderSearchDocument(String orderId, String orderNumber, String channel, String channelOrderRef,
                                  String customerName, String customerEmail, String customerPhone, List<String> skus,
                                  List<String> descriptions, OrderStatus status, String placedAt, String total,
                                  String currency) {

    public OrderSearchDocument withStatus(OrderStatus newStatus) {
        return new OrderSearchDocument(orderId, orderNumber, channel, channelOrderRef, customerName, customerEmail,
                customerPhone, skus, descriptions, newStatus, placedAt, total, currency);
    }
}

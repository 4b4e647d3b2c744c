package org.openoms.kernel.order.query;

import java.time.Instant;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;

public record OrderSummary(String orderId, String orderNumber, Channel channel, String channelOrderRef,
                           String customerName, String customerEmail, OrderStatus status, Money total,
                           Instant placedAt, Instant despatchDeadline) {
}

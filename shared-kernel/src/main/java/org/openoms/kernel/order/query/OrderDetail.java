package org.openoms.kernel.order.query;

import java.time.Instant;
import java.util.List;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.OrderTotals;
import org.openoms.kernel.order.PriceAdjustment;

public record OrderDetail(String orderId, String orderNumber, Channel channel, String channelOrderRef,
                          OrderStatus status, Customer customer, Address billingAddress, Address shippingAddress,
                          List<Line> lines, Money shippingCharge, List<PriceAdjustment> adjustments,
                          OrderTotals totals, Instant placedAt, Instant despatchDeadline, Instant deliveryDeadline,
                          Instant confirmedAt, Instant cancelledAt, String cancellationReason, Despatch despatch) {

    public record Despatch(String carrier, String trackingNumber, Instant despatchedAt) {
    }

    /** Where a line stands with stock. */
    public enum LineStock { PENDING, RESERVED, BACK_ORDERED, RELEASED }

    public record Line(int lineNumber, String sku, String description, int quantity, Money unitPrice,
                       Money lineTotal, String location, LineStock stock) {

        public Line withStock(String location, LineStock stock) {
            return new Line(lineNumber, sku, description, quantity, unitPrice, lineTotal, location, stock);
        }
    }
}

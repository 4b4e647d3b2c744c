package org.openoms.kernel.order;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;

/**
 * The placed facts; totals are derived with {@link OrderTotals}. {@code history} is null for a live
 * order and names the source of an order imported from history (already fulfilled).
 */
@Revision("1")
public record OrderPlaced(
        OrderId orderId,
        String orderNumber,
        Channel channel,
        String channelOrderRef,
        Customer customer,
        Address billingAddress,
        Address shippingAddress,
        List<OrderLine> lines,
        Money shippingCharge,
        List<PriceAdjustment> adjustments,
        Currency currency,
        Instant despatchDeadline,
        Instant deliveryDeadline,
        Instant placedAt,
        HistoricalImport history) implements ConcernsOrder {

    public OrderPlaced {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    public boolean historical() {
        return history != null;
    }

    /** A live order starts placed; one from history was fulfilled long ago. */
    public OrderStatus initialStatus() {
        return historical() ? OrderStatus.DESPATCHED : OrderStatus.PLACED;
    }

    public OrderTotals totals() {
        return OrderTotals.of(currency, lines, shippingCharge, adjustments);
    }

    /** Whether a retried PlaceOrder asks for exactly this order (the server-chosen number aside). */
    public boolean placedBy(PlaceOrder command) {
        return orderId.equals(command.orderId())
                && channel == command.channel()
                && Objects.equals(channelOrderRef, command.channelOrderRef())
                && customer.equals(command.customer())
                && billingAddress.equals(command.billingAddress())
                && shippingAddress.equals(command.shippingAddress())
                && lines.equals(command.lines())
                && shippingCharge.equals(command.shippingCharge())
                && adjustments.equals(command.adjustments())
                && currency.equals(command.currency())
                && despatchDeadline.equals(command.despatchDeadline())
                && deliveryDeadline.equals(command.deliveryDeadline())
                && Objects.equals(history, command.history());
    }
}

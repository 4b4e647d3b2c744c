package org.openoms.command.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.PriceAdjustment;

/**
 * A channel's order in the OMS's terms, before its SKUs are mapped: what every adapter makes of its platform's
 * own format. Amounts are exact in the order's currency; {@code channelTotal} is what the channel says the
 * customer pays, checked against the OMS's own sum. {@code despatchBy} and {@code deliverBy} are the channel's
 * own promise where it makes one (Amazon's latest ship date), else the account's.
 */
public record ChannelOrder(String channelOrderId, String channelOrderRef, Instant placedAt, String currency,
                           Customer customer, Address billingAddress, Address shippingAddress, List<Line> lines,
                           Money shipping, List<PriceAdjustment> adjustments, Money channelTotal,
                           String paymentState, Instant despatchBy, Instant deliverBy) {

    public ChannelOrder {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    /** A line as the channel sells it: its own SKU, mapped to the OMS's when the order is placed. */
    public record Line(String channelSku, String description, int quantity, BigDecimal unitPrice) {
    }
}

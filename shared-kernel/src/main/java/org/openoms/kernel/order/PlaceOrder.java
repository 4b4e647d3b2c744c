package org.openoms.kernel.order;

import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Require;

/**
 * Manual order entry (phone, mail, or a channel that failed), or an order imported from history when
 * {@code history} is given; every money value is in {@code currency}.
 */
public record PlaceOrder(
        @TargetAggregateIdentifier OrderId orderId,
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
        HistoricalImport history) {

    /** A live order, placed now. */
    public PlaceOrder(OrderId orderId, String orderNumber, Channel channel, String channelOrderRef, Customer customer,
                      Address billingAddress, Address shippingAddress, List<OrderLine> lines, Money shippingCharge,
                      List<PriceAdjustment> adjustments, Currency currency, Instant despatchDeadline,
                      Instant deliveryDeadline) {
        this(orderId, orderNumber, channel, channelOrderRef, customer, billingAddress, shippingAddress, lines,
                shippingCharge, adjustments, currency, despatchDeadline, deliveryDeadline, null);
    }

    public PlaceOrder {
        Require.present(orderId, "orderId");
        orderNumber = Require.text(orderNumber, "orderNumber", 32);
        Require.present(channel, "channel");
        channelOrderRef = Require.optionalText(channelOrderRef, "channelOrderRef", 100);
        Require.present(customer, "customer");
        Require.present(billingAddress, "billingAddress");
        Require.present(shippingAddress, "shippingAddress");
        Money.requireSupported(Require.present(currency, "currency"), "currency");
        lines = List.copyOf(Require.present(lines, "lines"));
        if (lines.isEmpty() || lines.size() > Bounds.MAX_ORDER_LINES) {
            throw new IllegalArgumentException("lines must hold at least one line and at most " + Bounds.MAX_ORDER_LINES);
        }
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        if (adjustments.size() > Bounds.MAX_ORDER_ADJUSTMENTS) {
            throw new IllegalArgumentException("adjustments may hold at most " + Bounds.MAX_ORDER_ADJUSTMENTS);
        }
        shippingCharge = shippingCharge == null ? Money.zero(currency) : shippingCharge;
        requireDistinctLineNumbers(lines);
        requireCurrency(currency, lines, shippingCharge, adjustments);
        if (shippingCharge.isNegative() || shippingCharge.amount().compareTo(OrderLine.MAX_UNIT_PRICE) > 0) {
            throw new IllegalArgumentException("shippingCharge must be from 0 to " + OrderLine.MAX_UNIT_PRICE.toPlainString());
        }
        Require.date(despatchDeadline, "despatchDeadline");
        Require.date(deliveryDeadline, "deliveryDeadline");
        if (deliveryDeadline.isBefore(despatchDeadline)) {
            throw new IllegalArgumentException("deliveryDeadline must not be before despatchDeadline");
        }
        OrderTotals totals;
        try {
            totals = OrderTotals.of(currency, lines, shippingCharge, adjustments);
        } catch (InvalidValue e) {
            // a total is no field of the order: the refusal is about the order as a whole
            throw new IllegalArgumentException("the order's total is out of range: " + e.getMessage());
        }
        if (totals.total().isNegative()) {
            throw new IllegalArgumentException("adjustments: discounts exceed the order value");
        }
    }

    private static void requireDistinctLineNumbers(List<OrderLine> lines) {
        Set<Integer> seen = new HashSet<>();
        for (OrderLine line : lines) {
            if (!seen.add(line.lineNumber())) {
                throw new IllegalArgumentException("lines: line number " + line.lineNumber() + " appears twice");
            }
        }
    }

    private static void requireCurrency(Currency currency, List<OrderLine> lines, Money shipping,
                                        List<PriceAdjustment> adjustments) {
        for (int i = 0; i < lines.size(); i++) {
            requireCurrency(currency, lines.get(i).unitPrice(), "lines[" + i + "].unitPrice.currency");
        }
        requireCurrency(currency, shipping, "shippingCharge.currency");
        for (int i = 0; i < adjustments.size(); i++) {
            requireCurrency(currency, adjustments.get(i).amount(), "adjustments[" + i + "].amount.currency");
        }
    }

    private static void requireCurrency(Currency currency, Money money, String field) {
        if (!money.currency().equals(currency)) {
            throw new IllegalArgumentException(field + " is " + money.currency().getCurrencyCode()
                    + " but the order is in " + currency.getCurrencyCode());
        }
    }

    public OrderTotals totals() {
        return OrderTotals.of(currency, lines, shippingCharge, adjustments);
    }
}

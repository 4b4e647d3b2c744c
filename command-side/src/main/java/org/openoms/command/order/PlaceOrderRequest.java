package org.openoms.command.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openoms.command.web.MoneyInput;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.PlaceOrder;
import org.openoms.kernel.order.PriceAdjustment;
import org.openoms.platform.web.InvalidRequest;

/**
 * Manual order entry as JSON. Everything is read leniently here and validated once, by the
 * kernel's value objects, with the failing field named.
 */
public record PlaceOrderRequest(String orderId, Channel channel, String channelOrderRef, CustomerInput customer,
                                AddressInput billingAddress, AddressInput shippingAddress, List<LineInput> lines,
                                MoneyInput shippingCharge, List<AdjustmentInput> adjustments, String currency,
                                Instant despatchDeadline, Instant deliveryDeadline, HistoryInput history) {

    /** Only for loads from an earlier system: the order was placed (and fulfilled) at {@code occurredAt}. */
    public record HistoryInput(Instant occurredAt, String source) {
    }

    public record CustomerInput(String name, String email, String phone) {
    }

    public record AddressInput(String name, String line1, String line2, String city, String region,
                               String postalCode, String countryCode) {
    }

    public record LineInput(String sku, String description, Integer quantity, MoneyInput unitPrice) {
    }

    public record AdjustmentInput(PriceAdjustment.Kind kind, String description, MoneyInput amount) {
    }

    /** @param maxLines the most lines an order may hold, configured by {@code oms.orders.max-lines} */
    PlaceOrder toCommand(OrderId id, String orderNumber, int maxLines) {
        if (channel == null) {
            throw new InvalidRequest("channel", "channel is required");
        }
        required(customer, "customer");
        var orderCustomer = InvalidRequest.at("customer",
                () -> new Customer(customer.name(), customer.email(), customer.phone()));
        var billing = address(billingAddress, "billingAddress");
        var shipping = address(shippingAddress, "shippingAddress");
        var orderCurrency = MoneyInput.currency(currency, "currency");
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequest("lines", "lines must hold at least one line");
        }
        if (lines.size() > maxLines) {
            throw new InvalidRequest("lines", "lines: an order may hold at most " + maxLines + " lines");
        }
        List<OrderLine> orderLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            orderLines.add(line(i, lines.get(i)));
        }
        List<PriceAdjustment> orderAdjustments = new ArrayList<>();
        for (int i = 0; adjustments != null && i < adjustments.size(); i++) {
            orderAdjustments.add(adjustment(i, adjustments.get(i)));
        }
        var shippingMoney = shippingCharge == null ? null : shippingCharge.toMoney("shippingCharge");
        required(despatchDeadline, "despatchDeadline");
        required(deliveryDeadline, "deliveryDeadline");
        var orderHistory = history == null ? null
                : InvalidRequest.at("history", () -> new HistoricalImport(history.occurredAt(), history.source()));
        return InvalidRequest.of("order", () -> new PlaceOrder(id, orderNumber, channel, channelOrderRef, orderCustomer,
                billing, shipping, orderLines, shippingMoney, orderAdjustments, orderCurrency, despatchDeadline,
                deliveryDeadline, orderHistory));
    }

    private static OrderLine line(int index, LineInput input) {
        String field = "lines[" + index + "]";
        required(input, field);
        required(input.quantity(), field + ".quantity");
        required(input.unitPrice(), field + ".unitPrice");
        var price = input.unitPrice().toMoney(field + ".unitPrice");
        var sku = InvalidRequest.at(field + ".sku", () -> new Sku(input.sku()));
        return InvalidRequest.at(field, () -> new OrderLine(index + 1, sku, input.description(), input.quantity(), price));
    }

    private static PriceAdjustment adjustment(int index, AdjustmentInput input) {
        String field = "adjustments[" + index + "]";
        required(input, field);
        required(input.amount(), field + ".amount");
        var amount = input.amount().toMoney(field + ".amount");
        return InvalidRequest.at(field, () -> new PriceAdjustment(input.kind(), input.description(), amount));
    }

    private static Address address(AddressInput input, String field) {
        required(input, field);
        return InvalidRequest.at(field, () -> new Address(input.name(), input.line1(), input.line2(), input.city(),
                input.region(), input.postalCode(), input.countryCode()));
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidRequest(field, field + " is required");
        }
    }
}

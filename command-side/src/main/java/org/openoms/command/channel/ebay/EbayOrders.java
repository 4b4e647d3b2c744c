package org.openoms.command.channel.ebay;

import static org.openoms.command.channel.PayloadFields.amount;
import static org.openoms.command.channel.PayloadFields.array;
import static org.openoms.command.channel.PayloadFields.count;
import static org.openoms.command.channel.PayloadFields.discountAndTax;
import static org.openoms.command.channel.PayloadFields.lines;
import static org.openoms.command.channel.PayloadFields.unitPrice;
import static org.openoms.command.channel.PayloadFields.object;
import static org.openoms.command.channel.PayloadFields.parseObject;
import static org.openoms.command.channel.PayloadFields.requiredText;
import static org.openoms.command.channel.PayloadFields.text;
import static org.openoms.command.channel.PayloadFields.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openoms.command.channel.ChannelOrder;
import org.openoms.command.channel.ChannelOrderReader;
import org.openoms.command.channel.Countries;
import org.openoms.command.channel.PayloadFields;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.PriceAdjustment;
import org.springframework.stereotype.Component;

/**
 * An eBay order (Sell Fulfillment API {@code Order}) in the OMS's terms. {@code lineItemCost} is the price of the
 * line's whole quantity; the buyer's ship-to is the first fulfilment instruction's; the earliest ship-by date of
 * the lines is the despatch deadline. Whether eBay's tax is inside {@code pricingSummary.total} or on top is
 * read from which adds up.
 */
@Component
public class EbayOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public EbayOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.EBAY;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode order = parseObject(json, payload);
        String id = requiredText(order, "orderId", "");
        JsonNode pricing = object(order, "pricingSummary", "");
        if (pricing == null) {
            throw new UnreadableOrder("pricingSummary is missing");
        }
        JsonNode total = object(pricing, "total", "pricingSummary.");
        if (total == null) {
            throw new UnreadableOrder("pricingSummary.total is missing");
        }
        String currency = requiredText(total, "currency", "pricingSummary.total.");
        Money.currency(currency, "currency");
        JsonNode instructions = array(order, "fulfillmentStartInstructions", "");
        JsonNode shipTo = instructions.path(0).path("shippingStep").path("shipTo");
        if (!shipTo.isObject()) {
            throw new UnreadableOrder("fulfillmentStartInstructions[0].shippingStep.shipTo is missing");
        }
        String path = "fulfillmentStartInstructions[0].shippingStep.shipTo.";
        Address address = address(shipTo, path);

        JsonNode items = lines(order, "lineItems");
        List<ChannelOrder.Line> lines = new ArrayList<>();
        Instant shipBy = null;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "lineItems[" + i + "].";
            int quantity = count(item, "quantity", at, Bounds.MAX_LINE_QUANTITY);
            BigDecimal cost = money(item, "lineItemCost", at, currency);
            BigDecimal unit = unitPrice(cost, quantity, at + "lineItemCost");
            lines.add(new ChannelOrder.Line(text(item, "sku", at), text(item, "title", at), quantity, unit));
            JsonNode instruction = object(item, "lineItemFulfillmentInstructions", at);
            Instant lineShipBy = instruction == null ? null : time(instruction, "shipByDate", at + "lineItemFulfillmentInstructions.");
            if (lineShipBy != null && (shipBy == null || lineShipBy.isBefore(shipBy))) {
                shipBy = lineShipBy;
            }
        }
        BigDecimal subtotal = money(pricing, "priceSubtotal", "pricingSummary.", currency);
        BigDecimal delivery = money(pricing, "deliveryCost", "pricingSummary.", currency);
        // eBay writes discounts as negative amounts
        BigDecimal discount = money(pricing, "priceDiscount", "pricingSummary.", currency).abs();
        BigDecimal tax = money(pricing, "tax", "pricingSummary.", currency);
        BigDecimal orderTotal = amount(total, "value", "pricingSummary.total.");
        boolean taxInside = subtotal.add(delivery).subtract(discount).compareTo(orderTotal) == 0;
        List<PriceAdjustment> adjustments = discountAndTax("eBay promotions", discount,
                taxInside ? BigDecimal.ZERO : tax, currency);
        String email = text(shipTo, "email", path);
        return new ChannelOrder(id, id, time(order, "creationDate", ""), currency,
                new Customer(address.name(), email, text(shipTo.path("primaryPhone"), "phoneNumber", path + "primaryPhone.")),
                address, address, lines, Money.of(delivery.toPlainString(), currency), adjustments,
                Money.of(orderTotal.toPlainString(), currency), text(order, "orderPaymentStatus", ""), shipBy,
                time(instructions.get(0), "maxEstimatedDeliveryDate", "fulfillmentStartInstructions[0]."));
    }

    private static BigDecimal money(JsonNode parent, String name, String path, String currency) throws UnreadableOrder {
        return PayloadFields.money(parent, name, path, currency, "currency", "value");
    }

    private static Address address(JsonNode shipTo, String path) throws UnreadableOrder {
        JsonNode contact = object(shipTo, "contactAddress", path);
        if (contact == null) {
            throw new UnreadableOrder(path + "contactAddress is missing");
        }
        String at = path + "contactAddress.";
        String code = Countries.code(text(contact, "countryCode", at))
                .orElseThrow(() -> new UnreadableOrder(at + "countryCode: no ISO 3166 country"));
        return new Address(requiredText(shipTo, "fullName", path), requiredText(contact, "addressLine1", at),
                text(contact, "addressLine2", at), requiredText(contact, "city", at), text(contact, "stateOrProvince", at),
                text(contact, "postalCode", at), code);
    }
}

package org.openoms.command.channel.amazon;

import static org.openoms.command.channel.PayloadFields.amount;
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
 * An Amazon order (Orders v0 {@code Order} with its {@code OrderItems}, as the poller stores them together) in
 * the OMS's terms. {@code ItemPrice} is the price of the line's whole quantity. Whether the tax Amazon reports
 * is inside the prices (UK and EU marketplaces) or on top (US) is read from which of the two adds up to
 * Amazon's {@code OrderTotal}. Amazon's latest ship and delivery dates are the order's deadlines.
 */
@Component
public class AmazonOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public AmazonOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.AMAZON;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode envelope = parseObject(json, payload);
        JsonNode order = object(envelope, "order", "");
        if (order == null) {
            throw new UnreadableOrder("order is missing");
        }
        String id = requiredText(order, "AmazonOrderId", "order.");
        JsonNode total = object(order, "OrderTotal", "order.");
        if (total == null) {
            throw new UnreadableOrder("order.OrderTotal is missing");
        }
        String currency = requiredText(total, "CurrencyCode", "order.OrderTotal.");
        Money.currency(currency, "currency");
        JsonNode shipTo = object(order, "ShippingAddress", "order.");
        if (shipTo == null) {
            throw new UnreadableOrder("order.ShippingAddress is missing (it needs a restricted data token)");
        }
        Address address = address(shipTo);
        JsonNode items = lines(envelope, "items");
        List<ChannelOrder.Line> lines = new ArrayList<>();
        BigDecimal goods = BigDecimal.ZERO;
        BigDecimal shipping = BigDecimal.ZERO;
        BigDecimal discounts = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "items[" + i + "].";
            int quantity = count(item, "QuantityOrdered", path, Bounds.MAX_LINE_QUANTITY);
            BigDecimal price = money(item, "ItemPrice", path, currency);
            BigDecimal unit = unitPrice(price, quantity, path + "ItemPrice");
            lines.add(new ChannelOrder.Line(text(item, "SellerSKU", path), text(item, "Title", path), quantity, unit));
            goods = goods.add(price);
            shipping = shipping.add(money(item, "ShippingPrice", path, currency));
            discounts = discounts.add(money(item, "PromotionDiscount", path, currency))
                    .add(money(item, "ShippingDiscount", path, currency));
            tax = tax.add(money(item, "ItemTax", path, currency)).add(money(item, "ShippingTax", path, currency));
        }
        BigDecimal orderTotal = amount(total, "Amount", "order.OrderTotal.");
        boolean taxInside = goods.add(shipping).subtract(discounts).compareTo(orderTotal) == 0;
        List<PriceAdjustment> adjustments = discountAndTax("Amazon promotions", discounts,
                taxInside ? BigDecimal.ZERO : tax, currency);
        JsonNode buyer = object(order, "BuyerInfo", "order.");
        String buyerName = buyer == null ? null : text(buyer, "BuyerName", "order.BuyerInfo.");
        return new ChannelOrder(id, id, time(order, "PurchaseDate", "order."), currency,
                new Customer(buyerName != null ? buyerName : address.name(),
                        buyer == null ? null : text(buyer, "BuyerEmail", "order.BuyerInfo."), text(shipTo, "Phone", "order.ShippingAddress.")),
                address, address, lines, Money.of(shipping.toPlainString(), currency), adjustments,
                Money.of(orderTotal.toPlainString(), currency), text(order, "OrderStatus", "order."),
                time(order, "LatestShipDate", "order."), time(order, "LatestDeliveryDate", "order."));
    }

    private static BigDecimal money(JsonNode item, String name, String path, String currency) throws UnreadableOrder {
        return PayloadFields.money(item, name, path, currency, "CurrencyCode", "Amount");
    }

    private static Address address(JsonNode shipTo) throws UnreadableOrder {
        String path = "order.ShippingAddress.";
        String code = Countries.code(text(shipTo, "CountryCode", path))
                .orElseThrow(() -> new UnreadableOrder(path + "CountryCode: no ISO 3166 country"));
        String line1 = text(shipTo, "AddressLine1", path);
        String line2 = text(shipTo, "AddressLine2", path);
        if (line1 == null) {
            line1 = line2;
            line2 = null;
        }
        if (line1 == null) {
            throw new UnreadableOrder(path + "AddressLine1 is missing");
        }
        return new Address(requiredText(shipTo, "Name", path), line1, line2, requiredText(shipTo, "City", path),
                text(shipTo, "StateOrRegion", path), text(shipTo, "PostalCode", path), code);
    }
}

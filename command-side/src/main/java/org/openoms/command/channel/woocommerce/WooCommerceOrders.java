package org.openoms.command.channel.woocommerce;

import static org.openoms.command.channel.PayloadFields.amount;
import static org.openoms.command.channel.PayloadFields.array;
import static org.openoms.command.channel.PayloadFields.count;
import static org.openoms.command.channel.PayloadFields.discountAndTax;
import static org.openoms.command.channel.PayloadFields.fullName;
import static org.openoms.command.channel.PayloadFields.lines;
import static org.openoms.command.channel.PayloadFields.numericId;
import static org.openoms.command.channel.PayloadFields.unitPrice;
import static org.openoms.command.channel.PayloadFields.object;
import static org.openoms.command.channel.PayloadFields.parseObject;
import static org.openoms.command.channel.PayloadFields.requiredText;
import static org.openoms.command.channel.PayloadFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.openoms.command.channel.ChannelOrder;
import org.openoms.command.channel.ChannelOrderReader;
import org.openoms.command.channel.Countries;
import org.openoms.kernel.common.Address;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.PriceAdjustment;
import org.springframework.stereotype.Component;

/**
 * WooCommerce's order (REST API v3, as its order webhooks deliver it) in the OMS's terms. WooCommerce reports
 * line subtotals before discounts and without tax, the discount without tax, and all tax (goods and shipping)
 * in {@code total_tax}: the lines, less the discount, plus shipping and tax make its {@code total}.
 */
@Component
public class WooCommerceOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public WooCommerceOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WOOCOMMERCE;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode order = parseObject(json, payload);
        String id = numericId(order, "id", "WooCommerce");
        String number = text(order, "number", "");
        String currency = requiredText(order, "currency", "");
        Money.currency(currency, "currency");
        JsonNode billing = object(order, "billing", "");
        if (billing == null) {
            throw new UnreadableOrder("billing is missing");
        }
        JsonNode shipping = object(order, "shipping", "");
        Address billingAddress = address(billing, "billing.");
        // a shipping address WooCommerce leaves empty (virtual goods) means the billing one
        Address shippingAddress = shipping != null && text(shipping, "address_1", "shipping.") != null
                ? address(shipping, "shipping.") : billingAddress;

        List<ChannelOrder.Line> lines = new ArrayList<>();
        JsonNode items = lines(order, "line_items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "line_items[" + i + "].";
            int quantity = count(item, "quantity", path, Bounds.MAX_LINE_QUANTITY);
            BigDecimal unit = unitPrice(amount(item, "subtotal", path), quantity, path + "subtotal");
            lines.add(new ChannelOrder.Line(text(item, "sku", path), text(item, "name", path), quantity, unit));
        }
        List<PriceAdjustment> adjustments = discountAndTax(couponNames(order), amount(order, "discount_total", ""),
                amount(order, "total_tax", ""), currency);
        String name = fullName(billing, "first_name", "last_name", "billing.");
        return new ChannelOrder(id, number != null ? number : id, created(order), currency,
                new Customer(name == null ? billingAddress.name() : name, text(billing, "email", "billing."),
                        text(billing, "phone", "billing.")),
                billingAddress, shippingAddress, lines, Money.of(amount(order, "shipping_total", "").toPlainString(), currency),
                adjustments, text(order, "total", "") == null ? null
                : Money.of(amount(order, "total", "").toPlainString(), currency),
                text(order, "status", ""), null, null);
    }


    /** WooCommerce writes its GMT times without an offset. */
    private static Instant created(JsonNode order) throws UnreadableOrder {
        String text = text(order, "date_created_gmt", "");
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UnreadableOrder("date_created_gmt: not a time such as 2026-11-25T09:30:00");
        }
    }

    private static Address address(JsonNode address, String path) throws UnreadableOrder {
        String code = Countries.code(text(address, "country", path))
                .orElseThrow(() -> new UnreadableOrder(path + "country: no ISO 3166 country"));
        String name = fullName(address, "first_name", "last_name", path);
        return new Address(name == null ? text(address, "company", path) : name, requiredText(address, "address_1", path),
                text(address, "address_2", path), requiredText(address, "city", path), text(address, "state", path),
                text(address, "postcode", path), code);
    }

    private static String couponNames(JsonNode order) throws UnreadableOrder {
        List<String> codes = new ArrayList<>();
        JsonNode coupons = array(order, "coupon_lines", "");
        for (int i = 0; i < coupons.size(); i++) {
            String code = text(coupons.get(i), "code", "coupon_lines[" + i + "].");
            if (code != null) {
                codes.add(code);
            }
        }
        String names = codes.isEmpty() ? "discounts" : "coupon " + String.join(", ", codes);
        return names.length() > 200 ? names.substring(0, 200) : names;
    }
}

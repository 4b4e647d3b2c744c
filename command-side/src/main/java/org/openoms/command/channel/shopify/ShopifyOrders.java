package org.openoms.command.channel.shopify;

import static org.openoms.command.channel.PayloadFields.amount;
import static org.openoms.command.channel.PayloadFields.array;
import static org.openoms.command.channel.PayloadFields.count;
import static org.openoms.command.channel.PayloadFields.discountAndTax;
import static org.openoms.command.channel.PayloadFields.lines;
import static org.openoms.command.channel.PayloadFields.numericId;
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
 * Shopify's order resource (Admin REST API, as the orders/create webhook delivers it) in the OMS's terms.
 * Amounts are Shopify's decimal strings in the shop's currency ({@code currency}); line prices are before
 * discounts; when {@code taxes_included} is false the tax is added on top, as a surcharge.
 */
@Component
public class ShopifyOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public ShopifyOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPIFY;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode order = parseObject(json, payload);
        String id = numericId(order, "id", "Shopify");
        String name = text(order, "name", "");
        String currency = requiredText(order, "currency", "");
        Money.currency(currency, "currency");
        JsonNode customer = object(order, "customer", "");
        JsonNode billing = object(order, "billing_address", "");
        JsonNode shipping = object(order, "shipping_address", "");
        if (billing == null && shipping == null) {
            throw new UnreadableOrder("the order has neither a billing_address nor a shipping_address");
        }
        Address billingAddress = address(billing != null ? billing : shipping,
                billing != null ? "billing_address." : "shipping_address.");
        Address shippingAddress = shipping != null ? address(shipping, "shipping_address.") : billingAddress;

        List<ChannelOrder.Line> lines = new ArrayList<>();
        JsonNode items = lines(order, "line_items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "line_items[" + i + "].";
            String title = text(item, "title", path);
            String variant = text(item, "variant_title", path);
            lines.add(new ChannelOrder.Line(text(item, "sku", path),
                    variant == null ? title : title + " - " + variant,
                    count(item, "quantity", path, Bounds.MAX_LINE_QUANTITY), amount(item, "price", path)));
        }
        BigDecimal shippingCharge = BigDecimal.ZERO;
        JsonNode shippingLines = array(order, "shipping_lines", "");
        for (int i = 0; i < shippingLines.size(); i++) {
            shippingCharge = shippingCharge.add(amount(shippingLines.get(i), "price", "shipping_lines[" + i + "]."));
        }
        BigDecimal tax = amount(order, "total_tax", "");
        boolean taxIncluded = order.path("taxes_included").asBoolean(false);
        List<PriceAdjustment> adjustments = discountAndTax(discountNames(order), amount(order, "total_discounts", ""),
                taxIncluded ? BigDecimal.ZERO : tax, currency);
        String email = text(order, "email", "");
        String phone = text(order, "phone", "");
        String customerName = customer == null ? null : fullName(customer, "customer.");
        if (customer != null) {
            email = email != null ? email : text(customer, "email", "customer.");
            phone = phone != null ? phone : text(customer, "phone", "customer.");
        }
        String total = text(order, "total_price", "");
        return new ChannelOrder(id, name != null ? name : "#" + id, time(order, "created_at", ""), currency,
                new Customer(customerName != null ? customerName : billingAddress.name(), email, phone),
                billingAddress, shippingAddress, lines, Money.of(shippingCharge.toPlainString(), currency), adjustments,
                total == null ? null : Money.of(amount(order, "total_price", "").toPlainString(), currency),
                text(order, "financial_status", ""), null, null);
    }


    private static Address address(JsonNode address, String path) throws UnreadableOrder {
        String country = text(address, "country_code", path);
        String code = Countries.code(country != null ? country : text(address, "country", path))
                .orElseThrow(() -> new UnreadableOrder(path + "country_code: no ISO 3166 country"));
        String name = fullName(address, path);
        String region = text(address, "province_code", path);
        return new Address(name != null ? name : text(address, "company", path), requiredText(address, "address1", path),
                text(address, "address2", path), requiredText(address, "city", path),
                region != null ? region : text(address, "province", path), text(address, "zip", path), code);
    }

    private static String fullName(JsonNode person, String path) throws UnreadableOrder {
        String name = text(person, "name", path);
        if (name != null) {
            return name;
        }
        return PayloadFields.fullName(person, "first_name", "last_name", path);
    }

    private static String discountNames(JsonNode order) throws UnreadableOrder {
        List<String> codes = new ArrayList<>();
        JsonNode discountCodes = array(order, "discount_codes", "");
        for (int i = 0; i < discountCodes.size(); i++) {
            String code = text(discountCodes.get(i), "code", "discount_codes[" + i + "].");
            if (code != null) {
                codes.add(code);
            }
        }
        String names = codes.isEmpty() ? "discounts" : "discount " + String.join(", ", codes);
        return names.length() > 200 ? names.substring(0, 200) : names;
    }
}

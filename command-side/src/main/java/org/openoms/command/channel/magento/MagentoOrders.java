package org.openoms.command.channel.magento;

import static org.openoms.command.channel.PayloadFields.amount;
import static org.openoms.command.channel.PayloadFields.discountAndTax;
import static org.openoms.command.channel.PayloadFields.fullName;
import static org.openoms.command.channel.PayloadFields.lines;
import static org.openoms.command.channel.PayloadFields.numericId;
import static org.openoms.command.channel.PayloadFields.object;
import static org.openoms.command.channel.PayloadFields.parseObject;
import static org.openoms.command.channel.PayloadFields.requiredText;
import static org.openoms.command.channel.PayloadFields.text;
import static org.openoms.command.channel.PayloadFields.wholeQuantity;

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
import org.openoms.kernel.common.Customer;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.PriceAdjustment;
import org.springframework.stereotype.Component;

/**
 * A Magento 2 order ({@code salesOrderRepositoryV1}, as {@code GET /rest/V1/orders} lists it) in the OMS's terms.
 * A configurable product is one parent item (its SKU is the chosen variant's) and a child item at price 0: the
 * children are left out. Prices are without tax; the discount is negative; whether the tax is on top is read
 * from {@code grand_total}.
 */
@Component
public class MagentoOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public MagentoOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.MAGENTO;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode order = parseObject(json, payload);
        String id = numericId(order, "entity_id", "Magento");
        String currency = requiredText(order, "order_currency_code", "");
        Money.currency(currency, "currency");
        JsonNode billing = object(order, "billing_address", "");
        if (billing == null) {
            throw new UnreadableOrder("billing_address is missing");
        }
        Address billingAddress = address(billing, "billing_address.");
        JsonNode shippingNode = order.path("extension_attributes").path("shipping_assignments").path(0).path("shipping")
                .path("address");
        Address shippingAddress = shippingNode.isObject()
                ? address(shippingNode, "extension_attributes.shipping_assignments[0].shipping.address.") : billingAddress;

        List<ChannelOrder.Line> lines = new ArrayList<>();
        BigDecimal goods = BigDecimal.ZERO;
        JsonNode items = lines(order, "items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.hasNonNull("parent_item_id")) {
                continue;
            }
            String path = "items[" + i + "].";
            // Magento keeps quantities as decimals (2.0000)
            int quantity = wholeQuantity(item, "qty_ordered", path);
            BigDecimal price = amount(item, "price", path);
            lines.add(new ChannelOrder.Line(text(item, "sku", path), text(item, "name", path), quantity, price));
            goods = goods.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        BigDecimal shipping = amount(order, "shipping_amount", "");
        BigDecimal discount = amount(order, "discount_amount", "").abs();
        BigDecimal tax = amount(order, "tax_amount", "");
        BigDecimal total = amount(order, "grand_total", "");
        boolean taxInside = goods.add(shipping).subtract(discount).compareTo(total) == 0;
        List<PriceAdjustment> adjustments = discountAndTax(discountName(order), discount, taxInside ? BigDecimal.ZERO : tax,
                currency);
        String name = fullName(order, "customer_firstname", "customer_lastname", "");
        return new ChannelOrder(id, text(order, "increment_id", ""), created(order), currency,
                new Customer(name == null ? billingAddress.name() : name, text(order, "customer_email", ""),
                        text(billing, "telephone", "billing_address.")),
                billingAddress, shippingAddress, lines, Money.of(shipping.toPlainString(), currency), adjustments,
                Money.of(total.toPlainString(), currency), text(order, "status", ""), null, null);
    }

    private static Instant created(JsonNode order) throws UnreadableOrder {
        String text = text(order, "created_at", "");
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, MagentoOrdersPoller.TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UnreadableOrder("created_at: not a time such as 2026-11-25 09:30:00");
        }
    }

    private static Address address(JsonNode address, String path) throws UnreadableOrder {
        String code = Countries.code(text(address, "country_id", path))
                .orElseThrow(() -> new UnreadableOrder(path + "country_id: no ISO 3166 country"));
        JsonNode street = address.path("street");
        String line1 = street.isArray() && street.size() > 0 ? street.get(0).asText(null) : null;
        if (line1 == null || line1.isBlank()) {
            throw new UnreadableOrder(path + "street is missing");
        }
        String line2 = street.size() > 1 ? String.join(", ", streetRest(street)) : null;
        String name = fullName(address, "firstname", "lastname", path);
        return new Address(name == null ? text(address, "company", path) : name, line1, line2,
                requiredText(address, "city", path), text(address, "region", path), text(address, "postcode", path), code);
    }

    private static List<String> streetRest(JsonNode street) {
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < street.size(); i++) {
            if (!street.get(i).asText("").isBlank()) {
                rest.add(street.get(i).asText());
            }
        }
        return rest;
    }

    private static String discountName(JsonNode order) throws UnreadableOrder {
        String description = text(order, "discount_description", "");
        String name = description == null ? "discounts" : "discount " + description;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}

package org.openoms.command.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openoms.command.channel.ChannelOrderReader.UnreadableOrder;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.PriceAdjustment;

/**
 * Reading a platform's JSON field by field, each refusal naming the field's path in the payload. Amounts are
 * read from their text and bounded before they become numbers, so "1e999999999" costs nothing.
 */
public final class PayloadFields {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,10})?");

    private PayloadFields() {
    }

    /** The payload as a JSON object. */
    public static JsonNode parseObject(ObjectMapper json, String payload) throws UnreadableOrder {
        try {
            JsonNode node = json.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new UnreadableOrder("the payload is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UnreadableOrder("the payload is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    /** The object at {@code name}, or null when it is absent or JSON null. */
    public static JsonNode object(JsonNode parent, String name, String path) throws UnreadableOrder {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new UnreadableOrder(path + name + ": expected an object");
        }
        return node;
    }

    /** The array at {@code name}; empty when absent. */
    public static JsonNode array(JsonNode parent, String name, String path) throws UnreadableOrder {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            throw new UnreadableOrder(path + name + ": expected an array");
        }
        return node;
    }

    /** Text or a number as text; null when absent, JSON null or blank. */
    public static String text(JsonNode parent, String name, String path) throws UnreadableOrder {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw new UnreadableOrder(path + name + ": expected text");
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    public static String requiredText(JsonNode parent, String name, String path) throws UnreadableOrder {
        String text = text(parent, name, path);
        if (text == null) {
            throw new UnreadableOrder(path + name + " is missing");
        }
        return text;
    }

    /** An amount as the platform writes it ("12.50" or 12.5); zero when absent. */
    public static BigDecimal amount(JsonNode parent, String name, String path) throws UnreadableOrder {
        String text = text(parent, name, path);
        if (text == null) {
            return BigDecimal.ZERO;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new UnreadableOrder(path + name + ": '" + shortened(text) + "' is not an amount");
        }
        return new BigDecimal(text);
    }

    /** A whole number from 1 to {@code max}. */
    public static int count(JsonNode parent, String name, String path, int max) throws UnreadableOrder {
        JsonNode node = parent.get(name);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > max) {
            throw new UnreadableOrder(path + name + ": expected a whole number from 1 to " + max);
        }
        return node.asInt();
    }

    /** The platform's numeric id of the order (up to 20 digits), as text. */
    public static String numericId(JsonNode parent, String name, String platform) throws UnreadableOrder {
        String id = requiredText(parent, name, "");
        if (!id.matches("\\d{1,20}")) {
            throw new UnreadableOrder(name + ": expected " + platform + "'s numeric order id");
        }
        return id;
    }

    /** The order's lines: an array of 1 to {@link Bounds#MAX_ORDER_LINES} objects. */
    public static JsonNode lines(JsonNode parent, String name) throws UnreadableOrder {
        JsonNode lines = array(parent, name, "");
        if (lines.isEmpty() || lines.size() > Bounds.MAX_ORDER_LINES) {
            throw new UnreadableOrder(name + ": expected from 1 to " + Bounds.MAX_ORDER_LINES + " lines, found " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isObject()) {
                throw new UnreadableOrder(name + "[" + i + "]: expected an object");
            }
        }
        return lines;
    }

    /** The unit price of a line the platform prices as a whole; refused when no exact unit price makes it. */
    public static BigDecimal unitPrice(BigDecimal lineTotal, int quantity, String path) throws UnreadableOrder {
        BigDecimal unit = lineTotal.divide(BigDecimal.valueOf(quantity), Money.PRICE_DECIMALS, RoundingMode.HALF_UP);
        if (unit.multiply(BigDecimal.valueOf(quantity)).compareTo(lineTotal) != 0) {
            throw new UnreadableOrder(path + ": " + lineTotal.toPlainString() + " for " + quantity
                    + " units is no exact unit price");
        }
        return unit;
    }

    /**
     * A money object ({@code {"CurrencyCode": "GBP", "Amount": "9.99"}} on Amazon, {@code {"currency", "value"}} on
     * eBay) in the order's currency; zero when absent.
     */
    public static BigDecimal money(JsonNode parent, String name, String path, String currency, String currencyField,
                                   String amountField) throws UnreadableOrder {
        JsonNode money = object(parent, name, path);
        if (money == null) {
            return BigDecimal.ZERO;
        }
        String code = text(money, currencyField, path + name + ".");
        if (code != null && !code.equals(currency)) {
            throw new UnreadableOrder(path + name + "." + currencyField + ": " + code + ", but the order is in " + currency);
        }
        return amount(money, amountField, path + name + ".");
    }

    /** The discount and the tax charged on top of the prices, as the order's adjustments. */
    public static List<PriceAdjustment> discountAndTax(String discountName, BigDecimal discount, BigDecimal taxOnTop,
                                                       String currency) {
        List<PriceAdjustment> adjustments = new ArrayList<>();
        if (discount.signum() > 0) {
            adjustments.add(new PriceAdjustment(PriceAdjustment.Kind.DISCOUNT, discountName,
                    Money.of(discount.toPlainString(), currency)));
        }
        if (taxOnTop.signum() > 0) {
            adjustments.add(new PriceAdjustment(PriceAdjustment.Kind.SURCHARGE, "tax", Money.of(taxOnTop.toPlainString(), currency)));
        }
        return adjustments;
    }

    /** A whole number of units, also where the platform writes it as a decimal (2.0000): from 1 to the bound. */
    public static int wholeQuantity(JsonNode parent, String name, String path) throws UnreadableOrder {
        BigDecimal quantity = amount(parent, name, path);
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0
                || quantity.compareTo(BigDecimal.valueOf(Bounds.MAX_LINE_QUANTITY)) > 0) {
            throw new UnreadableOrder(path + name + ": expected a whole number from 1 to " + Bounds.MAX_LINE_QUANTITY);
        }
        return quantity.intValueExact();
    }

    /** A person's first and last names as one ("Ada Lovelace"), or null when both are missing. */
    public static String fullName(JsonNode person, String first, String last, String path) throws UnreadableOrder {
        String firstName = text(person, first, path);
        String lastName = text(person, last, path);
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** An ISO 8601 time with offset ("2026-11-25T09:00:00-05:00"); null when absent. */
    public static Instant time(JsonNode parent, String name, String path) throws UnreadableOrder {
        String text = text(parent, name, path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableOrder(path + name + ": '" + shortened(text) + "' is not a time with an offset");
        }
    }

    public static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}

package org.openoms.command.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.openoms.command.channel.ChannelOrderReader.UnreadableOrder;

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

package org.openoms.command.channel.csv;

import static org.openoms.command.channel.PayloadFields.amount;
import static org.openoms.command.channel.PayloadFields.lines;
import static org.openoms.command.channel.PayloadFields.parseObject;
import static org.openoms.command.channel.PayloadFields.requiredText;
import static org.openoms.command.channel.PayloadFields.text;
import static org.openoms.command.channel.PayloadFields.wholeQuantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.stereotype.Component;

/**
 * One order of an uploaded CSV file: its rows (one per line, all with the same order reference), already under
 * the OMS's column names ({@link CsvColumns}). The customer, address and currency are the first row's; the
 * shipping charge is the largest any row gives.
 */
@Component
public class CsvOrders implements ChannelOrderReader {

    private final ObjectMapper json;

    public CsvOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.CSV;
    }

    @Override
    public ChannelOrder read(String payload) throws UnreadableOrder {
        JsonNode order = parseObject(json, payload);
        String reference = requiredText(order, "orderRef", "");
        JsonNode rows = lines(order, "rows");
        JsonNode first = rows.get(0);
        String currency = requiredText(first, "currency", "rows[0].");
        Money.currency(currency, "currency");
        String name = requiredText(first, "customerName", "rows[0].");
        Address address = new Address(name, requiredText(first, "address1", "rows[0]."), text(first, "address2", "rows[0]."),
                requiredText(first, "city", "rows[0]."), text(first, "region", "rows[0]."), text(first, "postcode", "rows[0]."),
                Countries.code(text(first, "country", "rows[0]."))
                        .orElseThrow(() -> new UnreadableOrder("rows[0].country: no ISO 3166 country")));
        List<ChannelOrder.Line> lines = new ArrayList<>();
        BigDecimal shipping = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String path = "rows[" + i + "] (line " + row.path("line").asText("?") + " of the file).";
            lines.add(new ChannelOrder.Line(text(row, "sku", path), text(row, "description", path),
                    wholeQuantity(row, "quantity", path), amount(row, "unitPrice", path)));
            shipping = shipping.max(amount(row, "shipping", path));
        }
        return new ChannelOrder(reference, reference, placedAt(first), currency,
                new Customer(name, text(first, "email", "rows[0]."), text(first, "phone", "rows[0].")), address, address,
                lines, Money.of(shipping.toPlainString(), currency), List.of(), null, null, null, null);
    }

    private static Instant placedAt(JsonNode row) throws UnreadableOrder {
        String text = text(row, "placedAt", "rows[0].");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableOrder("rows[0].placedAt: not a time with an offset such as 2026-11-25T09:30:00Z");
        }
    }
}

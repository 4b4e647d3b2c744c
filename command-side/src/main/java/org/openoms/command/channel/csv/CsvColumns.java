package org.openoms.command.channel.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoms.command.channel.ChannelAccounts.Account;

/**
 * Which column of a merchant's file holds what the OMS needs: by default the OMS's own names
 * ({@code order_ref}, {@code sku}, ...), or the account's own ({@code settings.column.sku: "Item SKU"}).
 */
final class CsvColumns {

    /** The OMS's field, and the column it is read from unless the account says otherwise. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("orderRef", "order_ref");
        DEFAULTS.put("sku", "sku");
        DEFAULTS.put("description", "description");
        DEFAULTS.put("quantity", "quantity");
        DEFAULTS.put("unitPrice", "unit_price");
        DEFAULTS.put("currency", "currency");
        DEFAULTS.put("shipping", "shipping");
        DEFAULTS.put("customerName", "customer_name");
        DEFAULTS.put("email", "email");
        DEFAULTS.put("phone", "phone");
        DEFAULTS.put("address1", "address1");
        DEFAULTS.put("address2", "address2");
        DEFAULTS.put("city", "city");
        DEFAULTS.put("region", "region");
        DEFAULTS.put("postcode", "postcode");
        DEFAULTS.put("country", "country");
        DEFAULTS.put("placedAt", "placed_at");
    }

    /** What a file must have: without them no row is an order line. */
    static final List<String> REQUIRED = List.of("orderRef", "sku", "quantity", "unitPrice", "currency", "customerName",
            "address1", "city", "country");

    private CsvColumns() {
    }

    /** The OMS's field to the file's column, for this account. */
    static Map<String, String> of(Account account) {
        Map<String, String> columns = new LinkedHashMap<>();
        DEFAULTS.forEach((field, column) -> columns.put(field,
                account.settings().getOrDefault("column." + column.replace('_', '-'), column)));
        return columns;
    }
}

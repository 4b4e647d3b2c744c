package org.openoms.command.web;

import java.math.BigDecimal;
import java.util.Currency;
import org.openoms.kernel.common.Money;
import org.openoms.platform.web.InvalidRequest;

/** A money value as JSON: {"amount": "2.55", "currency": "GBP"}. */
public record MoneyInput(BigDecimal amount, String currency) {

    public Money toMoney(String field) {
        if (amount == null) {
            throw new InvalidRequest(field + ".amount", field + ".amount is required");
        }
        return new Money(amount, currency(currency, field + ".currency"));
    }

    public static Currency currency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequest(field, field + " is required");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, field + ": '" + code + "' is not an ISO 4217 currency code");
        }
    }
}

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
        var moneyCurrency = currency(currency, field + ".currency");
        return InvalidRequest.at(field + ".amount", () -> new Money(amount, moneyCurrency));
    }

    /** One of {@link Money#SUPPORTED_CURRENCIES}. */
    public static Currency currency(String code, String field) {
        try {
            return Money.currency(code, field);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, e.getMessage());
        }
    }
}

package org.openoms.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. The amount keeps every significant decimal (unit prices may
 * have more decimals than the currency's minor unit) but never fewer than the currency's minor
 * unit, so that equal amounts are equal records.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        amount = normalise(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    private static BigDecimal normalise(BigDecimal amount, Currency currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int minorDigits = Math.max(currency.getDefaultFractionDigits(), 0);
        return stripped.scale() < minorDigits ? stripped.setScale(minorDigits) : stripped;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    /** Adding pounds to dollars is a programming error, not a business outcome. */
    public static final class CurrencyMismatch extends IllegalArgumentException {
        public CurrencyMismatch(Currency expected, Currency actual) {
            super("currency " + actual.getCurrencyCode() + " does not match " + expected.getCurrencyCode());
        }
    }
}

package org.openoms.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.TreeSet;

/**
 * An exact amount of one currency. The amount keeps every significant decimal (unit prices may
 * have more decimals than the currency's minor unit) but never fewer than the currency's minor
 * unit, so that equal amounts are equal records.
 * <p>
 * Bounds: at most {@link #PRICE_DECIMALS} decimals (the documented price precision, finer than any
 * currency's minor unit), at most {@link #MAX_AMOUNT} either way, and only a {@link #SUPPORTED_CURRENCIES
 * supported currency}: ISO 4217 codes of money, never XXX, XTS, metals or fund codes.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final int PRICE_DECIMALS = 4;
    /** One trillion: any line (1,000,000 units × 1,000,000 each) and any order stay below it. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    public static final Set<String> SUPPORTED_CURRENCIES = Set.of("AED", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK",
            "DKK", "EUR", "GBP", "HKD", "HUF", "ILS", "INR", "JPY", "KRW", "MXN", "NOK", "NZD", "PLN", "RON", "SEK",
            "SGD", "TRY", "USD", "ZAR");

    public Money {
        Require.present(amount, "amount");
        requireSupported(Require.present(currency, "currency"), "currency");
        amount = normalise(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode, "currency"));
    }

    /** The supported currency of an ISO 4217 code, or a refusal naming {@code field}. */
    public static Currency currency(String code, String field) {
        String normalised = Require.text(code, field, 3).toUpperCase();
        if (!SUPPORTED_CURRENCIES.contains(normalised)) {
            throw new InvalidValue(field, field + ": '" + normalised + "' is not a supported currency; one of "
                    + new TreeSet<>(SUPPORTED_CURRENCIES));
        }
        return Currency.getInstance(normalised);
    }

    public static Currency requireSupported(Currency currency, String field) {
        return currency(currency.getCurrencyCode(), field);
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
        // the adjusted exponent first: 1e400 or 1e-999999999 is refused without ever being expanded
        if (amount.precision() - amount.scale() > MAX_AMOUNT.precision() || amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidValue("amount", "amount must be at most " + MAX_AMOUNT.toPlainString() + " either way");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > PRICE_DECIMALS) {
            throw new InvalidValue("amount", "amount may have at most " + PRICE_DECIMALS + " decimals");
        }
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

package org.openoms.kernel.order;

import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Require;

/** A surcharge or discount given by hand; the amount is always positive, the kind gives its sign. */
public record PriceAdjustment(Kind kind, String description, Money amount) {

    public enum Kind { SURCHARGE, DISCOUNT }

    public PriceAdjustment {
        Require.present(kind, "kind");
        description = Require.text(description, "description", 200);
        Require.present(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative; use kind DISCOUNT to reduce the total");
        }
    }

    public Money signedAmount() {
        return kind == Kind.DISCOUNT ? Money.zero(amount.currency()).minus(amount) : amount;
    }
}

package org.openoms.kernel.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openoms.kernel.common.Money;

/**
 * The house rule for fees when none are set by hand: a customer who changed their mind pays a
 * restocking fee and the return postage; a fault of ours costs the customer nothing.
 */
public final class RefundRule {

    public static final BigDecimal CHANGED_MIND_RESTOCKING_PERCENT = new BigDecimal("10");
    public static final BigDecimal CHANGED_MIND_RETURN_SHIPPING = new BigDecimal("3.95");

    private RefundRule() {
    }

    public static BigDecimal restockingPercent(ReturnReason reason) {
        return reason == ReturnReason.CHANGED_MIND ? CHANGED_MIND_RESTOCKING_PERCENT : BigDecimal.ZERO;
    }

    public static Money returnShipping(ReturnReason reason, Money zero) {
        return reason == ReturnReason.CHANGED_MIND ? new Money(CHANGED_MIND_RETURN_SHIPPING, zero.currency()) : zero;
    }

    /** A percentage of a value, rounded half-up to the currency's minor unit. */
    public static Money percentOf(Money value, BigDecimal percent) {
        int digits = Math.max(value.currency().getDefaultFractionDigits(), 0);
        return new Money(value.amount().multiply(percent).divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP),
                value.currency());
    }

    /** Never below zero: fees can swallow a refund, not turn it into a charge. */
    public static Money refund(Money value, Money restockingFee, Money returnShipping) {
        Money refund = value.minus(restockingFee).minus(returnShipping);
        return refund.isNegative() ? Money.zero(value.currency()) : refund;
    }
}

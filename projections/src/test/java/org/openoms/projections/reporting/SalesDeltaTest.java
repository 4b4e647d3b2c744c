package org.openoms.projections.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SalesDeltaTest {

    @Test
    void aCancellationTakesBackExactlyWhatThePlacementAdded() {
        var placed = SalesDelta.placed(3, new BigDecimal("30.00"));
        var cancelled = SalesDelta.cancelled(3, new BigDecimal("30.00"));
        assertThat(placed.orders() + cancelled.orders()).isZero();
        assertThat(placed.units() + cancelled.units()).isZero();
        assertThat(placed.revenue().add(cancelled.revenue())).isEqualByComparingTo("0");
    }

    @Test
    void aRefundTakesBackItsUnitsAndAmountButTheOrderStillCounts() {
        var placed = SalesDelta.placed(3, new BigDecimal("30.00"));
        var refunded = SalesDelta.refunded(1, new BigDecimal("8.05"));
        assertThat(placed.orders() + refunded.orders()).isEqualTo(1);
        assertThat(placed.units() + refunded.units()).isEqualTo(2);
        assertThat(placed.revenue().add(refunded.revenue())).isEqualByComparingTo("21.95");
    }

    @Test
    void unitsBeyondAnIntAreCarriedWhole() {
        assertThat(SalesDelta.placed(3L * Integer.MAX_VALUE, BigDecimal.ONE).units()).isEqualTo(3L * Integer.MAX_VALUE);
    }
}

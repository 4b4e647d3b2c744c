package org.openoms.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.of("3", "GBP")).isEqualTo(Money.of("3.000", "GBP"));
        assertThat(Money.of("3", "GBP").amount().toPlainString()).isEqualTo("3.00");
    }

    @Test
    void keepsSubPennyUnitPricesExactly() {
        assertThat(Money.of("0.001", "GBP").times(1000)).isEqualTo(Money.of("1", "GBP"));
        assertThat(Money.of("0.1", "GBP").plus(Money.of("0.2", "GBP"))).isEqualTo(Money.of("0.3", "GBP"));
    }

    @Test
    void yenHasNoMinorUnit() {
        assertThat(Money.of("150", "JPY").amount().toPlainString()).isEqualTo("150");
    }

    @Test
    void cannotAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "GBP").plus(Money.of("1", "USD")))
                .isInstanceOf(Money.CurrencyMismatch.class).hasMessageContaining("USD");
    }
}

package org.openoms.kernel.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DespatchLightTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant DEADLINE = Instant.parse("2026-07-15T16:00:00Z");

    @Test
    void greenBeforeTheDayOfTheDeadline() {
        assertThat(DespatchLight.at(Instant.parse("2026-07-14T22:59:00Z"), DEADLINE, LONDON)).isEqualTo(DespatchLight.GREEN);
    }

    @Test
    void amberFromMidnightOfTheDeadlineDayInTheMerchantsZone() {
        // 23:00 UTC on the 14th is already the 15th in London (summer time)
        assertThat(DespatchLight.at(Instant.parse("2026-07-14T23:00:00Z"), DEADLINE, LONDON)).isEqualTo(DespatchLight.AMBER);
        assertThat(DespatchLight.amberFrom(DEADLINE, LONDON)).isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
    }

    @Test
    void redOnceTheDeadlineHasPassed() {
        assertThat(DespatchLight.at(DEADLINE, DEADLINE, LONDON)).isEqualTo(DespatchLight.RED);
        assertThat(DespatchLight.at(DEADLINE.plusSeconds(86400 * 3), DEADLINE, LONDON)).isEqualTo(DespatchLight.RED);
    }
}

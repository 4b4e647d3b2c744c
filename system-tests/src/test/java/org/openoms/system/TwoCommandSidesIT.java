package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two command-side instances on one event store, each running half of the fulfilment saga's segments:
 * fifty orders for ten units, sent to both, still reserve exactly ten.
 */
class TwoCommandSidesIT {

    private static final String SAGA = "OrderFulfilmentSagaProcessor";

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);

    @Test
    void fiftyOrdersOverTwoInstancesForTenUnitsReserveExactlyTen() throws Exception {
        try (var second = CommandSideProcess.start()) {
            long here = ProcessHandle.current().pid();
            // both decide reservations: the stock item's commands come from two JVMs at once
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                var claims = SegmentClaim.in(jdbc, "event_store", List.of(SAGA));
                long half = claims.size() / 2;
                return half > 0 && claims.stream().filter(c -> c.heldBy(here)).count() == half
                        && claims.stream().filter(c -> c.heldBy(second.pid())).count() == half;
            });

            StockRace race = new StockRace(oms, "TWO-SIDES");
            race.run(List.of(oms.commandUrl, second.url));
            race.assertTenReservedFortyWaiting();
            assertThat(SegmentClaim.in(jdbc, "event_store", List.of(SAGA))).as("still shared after the race")
                    .filteredOn(c -> c.heldBy(second.pid())).hasSize(1);
        }
    }
}

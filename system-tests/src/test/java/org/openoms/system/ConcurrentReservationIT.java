package org.openoms.system;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fifty customers race for the last ten units: ten get them, forty wait, nobody oversells. */
class ConcurrentReservationIT {

    private final RunningOms oms = RunningOms.get();

    @Test
    void fiftyConcurrentOrdersForTenUnitsReserveExactlyTen() throws Exception {
        StockRace race = new StockRace(oms, "LAST-TEN");
        race.run(List.of(oms.commandUrl));
        race.assertTenReservedFortyWaiting();
    }
}

package org.openoms.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.messaging.CustomerMessageRecorded;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.messaging.OrderNoteAdded;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.kernel.stock.StockReservationRejected;

class TimelineSummariesTest {

    private static final OrderId ORDER = new OrderId("order-1");

    @Test
    void aLongNoteIsCutAt120CharactersWithAnEllipsis() {
        String summary = TimelineSummaries.of(new OrderNoteAdded(ORDER, "x".repeat(200), Instant.EPOCH));
        assertThat(summary).isEqualTo("Note: " + "x".repeat(117) + "...");
    }

    @Test
    void aShortNoteIsShownWhole() {
        assertThat(TimelineSummaries.of(new OrderNoteAdded(ORDER, "called the courier", Instant.EPOCH)))
                .isEqualTo("Note: called the courier");
    }

    @Test
    void aBackOrderNamesEachLineWithWhatWasAvailableWhere() {
        var awaiting = new OrderAwaitingStock(ORDER, List.of(
                new BackOrderedLine(1, new Sku("MUG-1"), new LocationId("MAIN"), 3, 1),
                new BackOrderedLine(2, new Sku("CUP-2"), new LocationId("MAIN"), 2, 0)), Instant.EPOCH);
        assertThat(TimelineSummaries.of(awaiting)).isEqualTo("Awaiting stock (back order) for "
                + "line 1 (3 x MUG-1, 1 available at MAIN); line 2 (2 x CUP-2, 0 available at MAIN)");
    }

    @Test
    void aRefusedReservationSaysHowManyWereAvailableAndWhy() {
        var rejected = new StockReservationRejected(new StockItemId(new Sku("MUG-1"), new LocationId("MAIN")), ORDER, 1,
                5, 2, "insufficient stock");
        assertThat(TimelineSummaries.of(rejected))
                .isEqualTo("Line 1: 5 x MUG-1 could not be reserved at MAIN (2 available, insufficient stock)");
    }

    @Test
    void aMessageSaysWhichWayItWentAndItsSubjectWhenThereIsOne() {
        var inbound = new CustomerMessageRecorded(ORDER, "m1", MessageDirection.INBOUND, Channel.EMAIL, "ann@example.com",
                "Where is it?", "body", Instant.EPOCH);
        var outbound = new CustomerMessageRecorded(ORDER, "m2", MessageDirection.OUTBOUND, Channel.EMAIL,
                "shop@example.com", null, "body", Instant.EPOCH);
        assertThat(TimelineSummaries.of(inbound)).isEqualTo("Message from ann@example.com via EMAIL: Where is it?");
        assertThat(TimelineSummaries.of(outbound)).isEqualTo("Message to shop@example.com via EMAIL");
    }

    @Test
    void anEventWithoutItsOwnWordsIsNamedByItsType() {
        assertThat(TimelineSummaries.of(new Object())).isEqualTo("Object");
    }
}

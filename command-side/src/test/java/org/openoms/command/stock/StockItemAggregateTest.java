package org.openoms.command.stock;

import static org.openoms.command.testdata.OrderTestData.NOW;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.returns.ReturnId;
import org.openoms.kernel.stock.AdjustStock;
import org.openoms.kernel.stock.BackOrderQueued;
import org.openoms.kernel.stock.BackOrderWithdrawn;
import org.openoms.kernel.stock.BookReturnedStock;
import org.openoms.kernel.stock.IssueReservedStock;
import org.openoms.kernel.stock.ReceiveStock;
import org.openoms.kernel.stock.ReleaseReservation;
import org.openoms.kernel.stock.ReserveStock;
import org.openoms.kernel.stock.StockAdjusted;
import org.openoms.kernel.stock.StockIssued;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.kernel.stock.StockQuarantined;
import org.openoms.kernel.stock.StockReceived;
import org.openoms.kernel.stock.StockReservationRejected;
import org.openoms.kernel.stock.StockReservationReleased;
import org.openoms.kernel.stock.StockReserved;
import org.openoms.kernel.stock.StockReturned;

class StockItemAggregateTest {

    private static final StockItemId ITEM = StockItemId.of("SKU-1", "MAIN");
    private static final OrderId ORDER = new OrderId("order-1");
    private static final OrderId OTHER_ORDER = new OrderId("order-2");
    private AggregateTestFixture<StockItemAggregate> fixture;

    /** A reservation for an order placed at NOW whose number is the order id's. */
    private static ReserveStock reserve(StockItemId item, OrderId order, int line, int quantity) {
        return new ReserveStock(item, order, line, quantity, NOW, order.value());
    }

    private static BackOrderQueued waiting(OrderId order, int quantity, Instant placedAt, String number) {
        return new BackOrderQueued(ITEM, order, 1, quantity, placedAt, number);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItemAggregate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void receivingStockOpensTheItem() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStock(ITEM, 10, "PO-1"))
                .expectEvents(new StockReceived(ITEM, 10, "PO-1", NOW));
    }

    @Test
    void reservesWhenEnoughIsAvailable() {
        fixture.given(new StockReceived(ITEM, 10, null, NOW))
                .when(reserve(ITEM, ORDER, 1, 10))
                .expectEvents(new StockReserved(ITEM, ORDER, 1, 10));
    }

    @Test
    void rejectsAReservationBeyondAvailableToPromise() {
        fixture.given(new StockReceived(ITEM, 10, null, NOW), new StockReserved(ITEM, OTHER_ORDER, 1, 8))
                .when(reserve(ITEM, ORDER, 1, 3))
                .expectEvents(new StockReservationRejected(ITEM, ORDER, 1, 3, 2, "insufficient stock"),
                        new BackOrderQueued(ITEM, ORDER, 1, 3, NOW, "order-1"));
    }

    @Test
    void rejectsAReservationForASkuNeverStockedAtTheLocation() {
        fixture.givenNoPriorActivity()
                .when(reserve(ITEM, ORDER, 1, 1))
                .expectEvents(new StockReservationRejected(ITEM, ORDER, 1, 1, 0, "insufficient stock"),
                        new BackOrderQueued(ITEM, ORDER, 1, 1, NOW, "order-1"));
    }

    @Test
    void reservingTheSameOrderLineTwiceReservesOnce() {
        fixture.given(new StockReceived(ITEM, 10, null, NOW), new StockReserved(ITEM, ORDER, 1, 2))
                .when(reserve(ITEM, ORDER, 1, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAReservationMakesItsUnitsAvailableAgain() {
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockReserved(ITEM, OTHER_ORDER, 1, 1),
                        new StockReservationReleased(ITEM, OTHER_ORDER, 1, 1, "order cancelled"))
                .when(reserve(ITEM, ORDER, 1, 1))
                .expectEvents(new StockReserved(ITEM, ORDER, 1, 1));
    }

    @Test
    void releasesTheReservedQuantity() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW), new StockReserved(ITEM, ORDER, 1, 3))
                .when(new ReleaseReservation(ITEM, ORDER, 1, "order cancelled"))
                .expectEvents(new StockReservationReleased(ITEM, ORDER, 1, 3, "order cancelled"));
    }

    @Test
    void releasingAnUnknownReservationChangesNothing() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW))
                .when(new ReleaseReservation(ITEM, ORDER, 1, "order cancelled"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void adjustsOnHandWithAReason() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW))
                .when(new AdjustStock(ITEM, -2, "cycle count"))
                .expectEvents(new StockAdjusted(ITEM, -2, "cycle count", NOW));
    }

    @Test
    void cannotAdjustBelowWhatIsReserved() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW), new StockReserved(ITEM, ORDER, 1, 4))
                .when(new AdjustStock(ITEM, -2, "damaged"))
                .expectNoEvents()
                .expectException(StockRules.AdjustmentBelowReserved.class);
    }

    @Test
    void aReceiptThatWouldPassTheOnHandBoundIsRefusedInsteadOfWrapping() {
        fixture.given(new StockReceived(ITEM, Bounds.MAX_STOCK_QUANTITY, null, NOW))
                .when(new ReceiveStock(ITEM, 1, null))
                .expectNoEvents()
                .expectException(StockRules.StockBoundExceeded.class);
    }

    @Test
    void anAdjustmentThatWouldPassTheOnHandBoundIsRefused() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW))
                .when(new AdjustStock(ITEM, Bounds.MAX_STOCK_QUANTITY, "found a warehouse"))
                .expectNoEvents()
                .expectException(StockRules.StockBoundExceeded.class);
    }

    @Test
    void cannotAdjustStockNeverReceived() {
        fixture.givenNoPriorActivity()
                .when(new AdjustStock(ITEM, 3, "found"))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void issuingReservedStockTakesItOffTheShelf() {
        fixture.given(new StockReceived(ITEM, 5, null, NOW), new StockReserved(ITEM, ORDER, 1, 3))
                .when(new IssueReservedStock(ITEM, ORDER, 1))
                .expectEvents(new StockIssued(ITEM, ORDER, 1, 3));
    }

    @Test
    void returnedUnitsGoBackOnTheShelfOnce() {
        var rma = new ReturnId("RMA-1");
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockReturned(ITEM, rma, ORDER, 1, 2))
                .when(new BookReturnedStock(ITEM, rma, ORDER, 1, 2, Disposition.BACK_TO_STOCK))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void quarantinedUnitsAreNeverPromised() {
        var rma = new ReturnId("RMA-2");
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockQuarantined(ITEM, rma, ORDER, 1, 5))
                .when(reserve(ITEM, OTHER_ORDER, 1, 2))
                .expectEvents(new StockReservationRejected(ITEM, OTHER_ORDER, 1, 2, 1, "insufficient stock"),
                        new BackOrderQueued(ITEM, OTHER_ORDER, 1, 2, NOW, "order-2"));
    }

    @Test
    void bookingReturnedUnitsPutsThemBackOnTheShelf() {
        fixture.givenNoPriorActivity()
                .when(new BookReturnedStock(ITEM, new ReturnId("RMA-3"), ORDER, 1, 2, Disposition.BACK_TO_STOCK))
                .expectEvents(new StockReturned(ITEM, new ReturnId("RMA-3"), ORDER, 1, 2));
    }

    @Test
    void returnedUnitsCanBePromisedAgain() {
        fixture.given(new StockReturned(ITEM, new ReturnId("RMA-3"), ORDER, 1, 2))
                .when(reserve(ITEM, OTHER_ORDER, 1, 2))
                .expectEvents(new StockReserved(ITEM, OTHER_ORDER, 1, 2));
    }

    // back orders that come back

    private static final OrderId A = new OrderId("order-a");
    private static final OrderId B = new OrderId("order-b");
    private static final OrderId C = new OrderId("order-c");

    @Test
    void aLineAlreadyWaitingIsNotQueuedTwiceWhenAskedAgain() {
        fixture.given(waiting(ORDER, 1, NOW, "SO-1"))
                .when(reserve(ITEM, ORDER, 1, 1))
                .expectEvents(new StockReservationRejected(ITEM, ORDER, 1, 1, 0, "insufficient stock"));
    }

    @Test
    void aWaitingLineThatNowFitsIsReservedWhenAskedAgain() {
        fixture.given(waiting(ORDER, 1, NOW, "SO-1"), new StockReturned(ITEM, new ReturnId("RMA-9"), B, 1, 1))
                .when(reserve(ITEM, ORDER, 1, 1))
                .expectEvents(new StockReserved(ITEM, ORDER, 1, 1));
    }

    @Test
    void receivedStockServesTheWaitingLinesOldestFirst() {
        fixture.given(waiting(C, 1, NOW.plusSeconds(2), "SO-3"), waiting(A, 1, NOW, "SO-1"),
                        waiting(B, 1, NOW.plusSeconds(1), "SO-2"))
                .when(new ReceiveStock(ITEM, 2, "PO-2"))
                .expectEvents(new StockReceived(ITEM, 2, "PO-2", NOW), new StockReserved(ITEM, A, 1, 1),
                        new StockReserved(ITEM, B, 1, 1));
    }

    @Test
    void theOrderNumberDecidesBetweenOrdersPlacedAtTheSameTime() {
        fixture.given(waiting(B, 1, NOW, "SO-0000002"), waiting(A, 1, NOW, "SO-0000001"))
                .when(new ReceiveStock(ITEM, 1, null))
                .expectEvents(new StockReceived(ITEM, 1, null, NOW), new StockReserved(ITEM, A, 1, 1));
    }

    @Test
    void anOlderLineTooLargeForWhatCameInIsPassedOverForOneThatFits() {
        fixture.given(waiting(A, 5, NOW, "SO-1"), waiting(B, 2, NOW.plusSeconds(1), "SO-2"))
                .when(new ReceiveStock(ITEM, 3, null))
                .expectEvents(new StockReceived(ITEM, 3, null, NOW), new StockReserved(ITEM, B, 1, 2));
    }

    @Test
    void anUpwardAdjustmentServesTheWaitingLines() {
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockReserved(ITEM, C, 1, 1),
                        waiting(A, 1, NOW, "SO-1"))
                .when(new AdjustStock(ITEM, 1, "found one"))
                .expectEvents(new StockAdjusted(ITEM, 1, "found one", NOW), new StockReserved(ITEM, A, 1, 1));
    }

    @Test
    void unitsReturnedToStockServeTheWaitingLines() {
        var rma = new ReturnId("RMA-4");
        fixture.given(waiting(A, 1, NOW, "SO-1"))
                .when(new BookReturnedStock(ITEM, rma, C, 1, 1, Disposition.BACK_TO_STOCK))
                .expectEvents(new StockReturned(ITEM, rma, C, 1, 1), new StockReserved(ITEM, A, 1, 1));
    }

    @Test
    void quarantinedUnitsServeNoWaitingLine() {
        var rma = new ReturnId("RMA-5");
        fixture.given(waiting(A, 1, NOW, "SO-1"))
                .when(new BookReturnedStock(ITEM, rma, C, 1, 1, Disposition.QUARANTINE))
                .expectEvents(new StockQuarantined(ITEM, rma, C, 1, 1));
    }

    @Test
    void releasedUnitsServeTheWaitingLines() {
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockReserved(ITEM, C, 1, 1),
                        waiting(A, 1, NOW, "SO-1"))
                .when(new ReleaseReservation(ITEM, C, 1, "order cancelled"))
                .expectEvents(new StockReservationReleased(ITEM, C, 1, 1, "order cancelled"),
                        new StockReserved(ITEM, A, 1, 1));
    }

    @Test
    void aServedLineLeavesTheQueue() {
        fixture.given(waiting(A, 1, NOW, "SO-1"), new StockReceived(ITEM, 1, null, NOW),
                        new StockReserved(ITEM, A, 1, 1))
                .when(new ReceiveStock(ITEM, 1, null))
                .expectEvents(new StockReceived(ITEM, 1, null, NOW));
    }

    @Test
    void aCancelledOrderLeavesTheQueueUnserved() {
        fixture.given(waiting(A, 1, NOW, "SO-1"))
                .when(new ReleaseReservation(ITEM, A, 1, "order cancelled"))
                .expectEvents(new BackOrderWithdrawn(ITEM, A, 1, "order cancelled"));
    }

    @Test
    void aWithdrawnLineIsNotServed() {
        fixture.given(waiting(A, 1, NOW, "SO-1"), new BackOrderWithdrawn(ITEM, A, 1, "order cancelled"))
                .when(new ReceiveStock(ITEM, 1, null))
                .expectEvents(new StockReceived(ITEM, 1, null, NOW));
    }

    /** 10 units, 15 orders of one: 10 reserved, 5 wait; 3 more come in: the 3 oldest waiting are served, in order. */
    @Test
    void fifteenOrdersForTenUnitsThenThreeMoreServeTheThreeOldestWaiting() {
        List<Object> history = new ArrayList<>();
        history.add(new StockReceived(ITEM, 10, null, NOW));
        for (int i = 1; i <= 10; i++) {
            history.add(new StockReserved(ITEM, order(i), 1, 1));
        }
        // the five refused arrived out of placing order
        for (int i : new int[]{14, 11, 15, 13, 12}) {
            history.add(new StockReservationRejected(ITEM, order(i), 1, 1, 0, "insufficient stock"));
            history.add(waiting(order(i), 1, NOW.plusSeconds(i), String.format("SO-%07d", i)));
        }
        fixture.given(history)
                .when(new ReceiveStock(ITEM, 3, "PO-3"))
                .expectEvents(new StockReceived(ITEM, 3, "PO-3", NOW), new StockReserved(ITEM, order(11), 1, 1),
                        new StockReserved(ITEM, order(12), 1, 1), new StockReserved(ITEM, order(13), 1, 1));
    }

    private static OrderId order(int n) {
        return new OrderId("order-" + n);
    }
}

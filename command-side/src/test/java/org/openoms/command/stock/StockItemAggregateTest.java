package org.openoms.command.stock;

import static org.openoms.command.testdata.OrderTestData.NOW;

import java.time.Clock;
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
                .when(new ReserveStock(ITEM, ORDER, 1, 10))
                .expectEvents(new StockReserved(ITEM, ORDER, 1, 10));
    }

    @Test
    void rejectsAReservationBeyondAvailableToPromise() {
        fixture.given(new StockReceived(ITEM, 10, null, NOW), new StockReserved(ITEM, OTHER_ORDER, 1, 8))
                .when(new ReserveStock(ITEM, ORDER, 1, 3))
                .expectEvents(new StockReservationRejected(ITEM, ORDER, 1, 3, 2, "insufficient stock"));
    }

    @Test
    void rejectsAReservationForASkuNeverStockedAtTheLocation() {
        fixture.givenNoPriorActivity()
                .when(new ReserveStock(ITEM, ORDER, 1, 1))
                .expectEvents(new StockReservationRejected(ITEM, ORDER, 1, 1, 0, "insufficient stock"));
    }

    @Test
    void reservingTheSameOrderLineTwiceReservesOnce() {
        fixture.given(new StockReceived(ITEM, 10, null, NOW), new StockReserved(ITEM, ORDER, 1, 2))
                .when(new ReserveStock(ITEM, ORDER, 1, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAReservationMakesItsUnitsAvailableAgain() {
        fixture.given(new StockReceived(ITEM, 1, null, NOW), new StockReserved(ITEM, OTHER_ORDER, 1, 1),
                        new StockReservationReleased(ITEM, OTHER_ORDER, 1, 1, "order cancelled"))
                .when(new ReserveStock(ITEM, ORDER, 1, 1))
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
                .when(new ReserveStock(ITEM, OTHER_ORDER, 1, 2))
                .expectEvents(new StockReservationRejected(ITEM, OTHER_ORDER, 1, 2, 1, "insufficient stock"));
    }

    @Test
    void returnedUnitsCanBePromisedAgain() {
        fixture.givenNoPriorActivity()
                .when(new BookReturnedStock(ITEM, new ReturnId("RMA-3"), ORDER, 1, 2, Disposition.BACK_TO_STOCK))
                .expectEvents(new StockReturned(ITEM, new ReturnId("RMA-3"), ORDER, 1, 2));
    }
}

package org.openoms.command.fulfilment;

import static org.openoms.command.testdata.OrderTestData.NOW;
import static org.openoms.command.testdata.OrderTestData.anOrder;

import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.AllocationRetried;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.stock.IssueReservedStock;
import org.openoms.kernel.stock.ReleaseReservation;
import org.openoms.kernel.stock.ReserveStock;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.kernel.stock.StockReservationRejected;
import org.openoms.kernel.stock.StockReserved;

class OrderFulfilmentSagaTest {

    private static final String ID = "order-1";
    private static final OrderId ORDER = new OrderId(ID);
    private static final StockItemId SKU_1 = StockItemId.of("SKU-1", "MAIN");
    private static final StockItemId SKU_2 = StockItemId.of("SKU-2", "MAIN");
    private SagaTestFixture<OrderFulfilmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderFulfilmentSaga.class);
    }

    private static ReserveStock reserve(StockItemId item, int line, int quantity) {
        return new ReserveStock(item, ORDER, line, quantity, NOW, "SO-0000001");
    }

    private static org.openoms.command.testdata.OrderTestData twoLines() {
        return anOrder(ID).line("SKU-1", 2, "2.55").line("SKU-2", 1, "9.99");
    }

    @Test
    void reservesEveryLineAtTheDefaultLocationWhenAnOrderIsPlaced() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(twoLines().placed())
                .expectActiveSagas(1)
                .expectDispatchedCommands(reserve(SKU_1, 1, 2), reserve(SKU_2, 2, 1));
    }

    @Test
    void confirmsTheOrderWhenEveryLineIsReserved() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .whenPublishingA(new StockReserved(SKU_2, ORDER, 2, 1))
                .expectDispatchedCommands(new ConfirmOrder(ORDER))
                .expectActiveSagas(1);
    }

    @Test
    void waitsForEveryAnswerBeforeDeciding() {
        fixture.givenAPublished(twoLines().placed())
                .whenPublishingA(new StockReserved(SKU_1, ORDER, 1, 2))
                .expectNoDispatchedCommands();
    }

    @Test
    void makesABackOrderNamingTheLinesThatCouldNotBeReserved() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .whenPublishingA(new StockReservationRejected(SKU_2, ORDER, 2, 1, 0, "insufficient stock"))
                .expectDispatchedCommands(new MarkOrderAwaitingStock(ORDER,
                        List.of(new BackOrderedLine(2, new Sku("SKU-2"), LocationId.DEFAULT, 1, 0))));
    }

    @Test
    void releasesEveryReservationWhenTheOrderIsCancelled() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .andThenAPublished(new StockReserved(SKU_2, ORDER, 2, 1))
                .whenPublishingA(new OrderCancelled(ORDER, "customer called", NOW))
                .expectDispatchedCommands(new ReleaseReservation(SKU_1, ORDER, 1, "order cancelled"),
                        new ReleaseReservation(SKU_2, ORDER, 2, "order cancelled"))
                .expectActiveSagas(0);
    }

    @Test
    void releasesAReservationThatArrivesAfterTheCancellation() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .andThenAPublished(new OrderCancelled(ORDER, "customer called", NOW))
                .whenPublishingA(new StockReserved(SKU_2, ORDER, 2, 1))
                .expectDispatchedCommands(new ReleaseReservation(SKU_2, ORDER, 2, "order cancelled"))
                .expectActiveSagas(0);
    }

    @Test
    void givesUpReservedUnitsAndPlacesInTheQueueWhenTheOrderIsCancelled() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .andThenAPublished(new StockReservationRejected(SKU_2, ORDER, 2, 1, 0, "insufficient stock"))
                .whenPublishingA(new OrderCancelled(ORDER, "customer called", NOW))
                .expectDispatchedCommands(new ReleaseReservation(SKU_1, ORDER, 1, "order cancelled"),
                        new ReleaseReservation(SKU_2, ORDER, 2, "order cancelled"))
                .expectActiveSagas(0);
    }

    /** The saga waits on line 2; an answer for line 2 of another order must not complete this one. */
    @Test
    void ignoresAnswersForOtherOrders() {
        var other = new OrderId("order-2");
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .whenPublishingA(new StockReserved(SKU_2, other, 2, 1))
                .expectNoDispatchedCommands();
    }

    @Test
    void confirmsABackOrderWhenItsWaitingLineIsServed() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .andThenAPublished(new StockReservationRejected(SKU_2, ORDER, 2, 1, 0, "insufficient stock"))
                .whenPublishingA(new StockReserved(SKU_2, ORDER, 2, 1))
                .expectDispatchedCommands(new ConfirmOrder(ORDER))
                .expectActiveSagas(1);
    }

    @Test
    void aBackOrderWithAnotherLineStillWaitingIsNotConfirmed() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReservationRejected(SKU_1, ORDER, 1, 2, 0, "insufficient stock"))
                .andThenAPublished(new StockReservationRejected(SKU_2, ORDER, 2, 1, 0, "insufficient stock"))
                .whenPublishingA(new StockReserved(SKU_2, ORDER, 2, 1))
                .expectNoDispatchedCommands();
    }

    @Test
    void aRetryByHandAsksAgainForEveryUnreservedLine() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReservationRejected(SKU_1, ORDER, 1, 2, 0, "insufficient stock"))
                .andThenAPublished(new StockReserved(SKU_2, ORDER, 2, 1))
                .whenPublishingA(new AllocationRetried(ORDER, NOW))
                .expectDispatchedCommands(reserve(SKU_1, 1, 2));
    }

    @Test
    void issuesTheReservedStockAndEndsWhenTheOrderIsDespatched() {
        fixture.givenAPublished(twoLines().placed())
                .andThenAPublished(new StockReserved(SKU_1, ORDER, 1, 2))
                .andThenAPublished(new StockReserved(SKU_2, ORDER, 2, 1))
                .whenPublishingA(new OrderDespatched(ORDER, "DPD", "1550", NOW))
                .expectDispatchedCommands(new IssueReservedStock(SKU_1, ORDER, 1), new IssueReservedStock(SKU_2, ORDER, 2))
                .expectActiveSagas(0);
    }
}

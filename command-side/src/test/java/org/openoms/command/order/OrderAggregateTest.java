package org.openoms.command.order;

import static org.openoms.command.testdata.OrderTestData.NOW;
import static org.openoms.command.testdata.OrderTestData.anOrder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderId;

class OrderAggregateTest {

    private static final OrderId ORDER = new OrderId("order-1");
    private AggregateTestFixture<OrderAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrderAggregate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void placingAnOrderRecordsWhatWasPlacedAndWhen() {
        var order = anOrder("order-1").line("SKU-1", 2, "2.55");
        fixture.givenNoPriorActivity()
                .when(order.place())
                .expectSuccessfulHandlerExecution()
                .expectEvents(order.placed())
                .expectResultMessagePayload(new PlacementOutcome("order-1", "SO-0000001", true));
    }

    @Test
    void placingTheSameOrderAgainChangesNothingAndAnswersWithTheOriginal() {
        var order = anOrder("order-1").line("SKU-1", 2, "2.55");
        fixture.given(order.placed())
                .when(order.place())
                .expectNoEvents()
                .expectResultMessagePayload(new PlacementOutcome("order-1", "SO-0000001", false));
    }

    @Test
    void cannotPlaceADifferentOrderUnderAUsedId() {
        fixture.given(anOrder("order-1").line("SKU-1", 2, "2.55").placed())
                .when(anOrder("order-1").line("SKU-2", 1, "9.99").place())
                .expectNoEvents()
                .expectException(OrderRules.OrderIdAlreadyUsed.class);
    }

    @Test
    void cancellingRecordsTheReason() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed())
                .when(new CancelOrder(ORDER, "customer called"))
                .expectEvents(new OrderCancelled(ORDER, "customer called", NOW));
    }

    @Test
    void cannotCancelACancelledOrder() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderCancelled(ORDER, "first", NOW))
                .when(new CancelOrder(ORDER, "second"))
                .expectNoEvents()
                .expectException(OrderRules.OrderAlreadyCancelled.class);
    }

    @Test
    void cannotCancelAnOrderThatWasNeverPlaced() {
        fixture.givenNoPriorActivity()
                .when(new CancelOrder(ORDER, "typo"))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void confirmingAPlacedOrderConfirmsIt() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed())
                .when(new ConfirmOrder(ORDER))
                .expectEvents(new OrderConfirmed(ORDER, NOW));
    }

    @Test
    void aBackOrderIsConfirmedOnceItsStockIsReserved() {
        var backOrdered = List.of(new BackOrderedLine(1, new Sku("SKU-1"), LocationId.DEFAULT, 1, 0));
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(),
                        new OrderAwaitingStock(ORDER, backOrdered, NOW))
                .when(new ConfirmOrder(ORDER))
                .expectEvents(new OrderConfirmed(ORDER, NOW));
    }

    @Test
    void aCancelledOrderStaysCancelledWhenTheReservationAnswerComesLate() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderCancelled(ORDER, "changed mind", NOW))
                .when(new ConfirmOrder(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOrderWithUnreservedLinesAwaitsStockNamingThem() {
        var backOrdered = List.of(new BackOrderedLine(2, new Sku("SKU-2"), LocationId.DEFAULT, 3, 1));
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").line("SKU-2", 3, "2.00").placed())
                .when(new MarkOrderAwaitingStock(ORDER, backOrdered))
                .expectEvents(new OrderAwaitingStock(ORDER, backOrdered, NOW));
    }

    @Test
    void aConfirmedOrderIsNotMadeABackOrder() {
        var backOrdered = List.of(new BackOrderedLine(1, new Sku("SKU-1"), LocationId.DEFAULT, 1, 0));
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderConfirmed(ORDER, NOW))
                .when(new MarkOrderAwaitingStock(ORDER, backOrdered))
                .expectNoEvents();
    }
}

package org.openoms.command.order;

import static org.openoms.command.testdata.OrderTestData.DESPATCH_BY;
import static org.openoms.command.testdata.OrderTestData.NOW;
import static org.openoms.command.testdata.OrderTestData.anOrder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.command.stock.SkuCatalogue;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.AllocationRetried;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.DespatchDeadlineEscalated;
import org.openoms.kernel.order.DespatchLight;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.PlaceOrder;
import org.openoms.kernel.order.RetryAllocation;
import org.openoms.kernel.order.MarkOrderDespatched;
import org.openoms.kernel.order.ConfirmDespatchToChannel;
import org.openoms.kernel.order.DespatchConfirmedToChannel;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderId;

class OrderAggregateTest {

    private static final OrderId ORDER = new OrderId("order-1");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private AggregateTestFixture<OrderAggregate> fixture;
    /** NOW, unless a test follows the fixture's deadline time. */
    private Supplier<Instant> now = () -> NOW;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrderAggregate.class);
        fixture.registerInjectableResource(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        fixture.registerInjectableResource(LONDON);
        fixture.registerInjectableResource(KNOWN_SKUS);
    }

    /** The catalogue knows SKU-1 and SKU-2 only. */
    private static final SkuCatalogue KNOWN_SKUS = skus -> skus.stream()
            .filter(sku -> Set.of("SKU-1", "SKU-2").contains(sku.value())).collect(Collectors.toSet());

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

    @Test
    void placingWatchesTheDespatchDeadlineInAmberAndRed() {
        var order = anOrder("order-1").line("SKU-1", 1, "1.00");
        fixture.givenNoPriorActivity()
                .when(order.place())
                .expectScheduledDeadline(DESPATCH_BY, DespatchLight.RED)
                .expectScheduledDeadline(DespatchLight.amberFrom(DESPATCH_BY, LONDON), DespatchLight.AMBER);
    }

    /** An event raised by a deadline carries the time the deadline fired. */
    private void followTheDeadlineClock() {
        now = fixture::currentTime;
    }

    @Test
    void turnsAmberOnTheDayOfTheDeadline() {
        followTheDeadlineClock();
        Instant deadline = inThreeDays();
        Instant amber = DespatchLight.amberFrom(deadline, LONDON);
        fixture.givenCommands(anOrder("order-1").line("SKU-1", 1, "1.00").despatchBy(deadline).place())
                .whenTimeAdvancesTo(amber.plusSeconds(60))
                .expectEvents(new DespatchDeadlineEscalated(ORDER, DespatchLight.AMBER, deadline, amber));
    }

    @Test
    void turnsRedOnceWhenTheDeadlinePasses() {
        followTheDeadlineClock();
        Instant deadline = inThreeDays();
        fixture.givenCommands(anOrder("order-1").line("SKU-1", 1, "1.00").despatchBy(deadline).place())
                .whenTimeAdvancesTo(deadline.plusSeconds(60))
                .expectEvents(new DespatchDeadlineEscalated(ORDER, DespatchLight.AMBER, deadline,
                                DespatchLight.amberFrom(deadline, LONDON)),
                        new DespatchDeadlineEscalated(ORDER, DespatchLight.RED, deadline, deadline));
    }

    @Test
    void aDespatchedOrderIsNeverEscalated() {
        Instant deadline = inThreeDays();
        fixture.givenCommands(anOrder("order-1").line("SKU-1", 1, "1.00").despatchBy(deadline).place(),
                        new ConfirmOrder(ORDER), new MarkOrderDespatched(ORDER, "Royal Mail", "RM123"))
                .whenTimeAdvancesTo(deadline.plusSeconds(60))
                .expectNoEvents();
    }

    @Test
    void confirmsADespatchToItsChannelOnce() {
        var placed = anOrder("order-1").line("SKU-1", 1, "1.00").placed();
        var despatched = new OrderDespatched(ORDER, "DPD", "15501234", NOW);
        var confirm = new ConfirmDespatchToChannel(ORDER, "fulfillment 255858046", "DPD", "15501234");
        fixture.given(placed, new OrderConfirmed(ORDER, NOW), despatched)
                .when(confirm)
                .expectEvents(new DespatchConfirmedToChannel(ORDER, placed.channel(), "fulfillment 255858046", "DPD",
                        "15501234", NOW));
        fixture.given(placed, new OrderConfirmed(ORDER, NOW), despatched,
                        new DespatchConfirmedToChannel(ORDER, placed.channel(), "fulfillment 255858046", "DPD", "15501234", NOW))
                .when(confirm)
                .expectNoEvents();
    }

    @Test
    void cannotConfirmADespatchToTheChannelBeforeItHappened() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderConfirmed(ORDER, NOW))
                .when(new ConfirmDespatchToChannel(ORDER, "fulfillment 1", "DPD", "15501234"))
                .expectException(OrderRules.OrderNotDespatched.class)
                .expectNoEvents();
    }

    @Test
    void despatchesAConfirmedOrder() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderConfirmed(ORDER, NOW))
                .when(new MarkOrderDespatched(ORDER, "DPD", "15501234"))
                .expectEvents(new OrderDespatched(ORDER, "DPD", "15501234", NOW));
    }

    @Test
    void cannotDespatchAnOrderWhoseStockIsNotReserved() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed())
                .when(new MarkOrderDespatched(ORDER, "DPD", "15501234"))
                .expectNoEvents()
                .expectException(OrderRules.OrderNotReadyForDespatch.class);
    }

    @Test
    void cannotCancelShippedOrder() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderConfirmed(ORDER, NOW),
                        new OrderDespatched(ORDER, "DPD", "15501234", NOW))
                .when(new CancelOrder(ORDER, "too late"))
                .expectNoEvents()
                .expectException(OrderRules.OrderAlreadyDespatched.class);
    }

    @Test
    void cannotPlaceALiveOrderForASkuNeverReceived() {
        fixture.givenNoPriorActivity()
                .when(anOrder("order-1").line("SKU-1", 1, "1.00").line("NO-SUCH", 1, "1.00").place())
                .expectNoEvents()
                .expectException(OrderRules.UnknownSku.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("lines[1].sku: unknown SKU 'NO-SUCH'"));
    }

    @Test
    void aRetryByHandIsRecordedForAnOrderAwaitingStock() {
        var backOrdered = List.of(new BackOrderedLine(1, new Sku("SKU-1"), LocationId.DEFAULT, 1, 0));
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(),
                        new OrderAwaitingStock(ORDER, backOrdered, NOW))
                .when(new RetryAllocation(ORDER))
                .expectEvents(new AllocationRetried(ORDER, NOW));
    }

    @Test
    void aConfirmedOrderHasNoAllocationToRetry() {
        fixture.given(anOrder("order-1").line("SKU-1", 1, "1.00").placed(), new OrderConfirmed(ORDER, NOW))
                .when(new RetryAllocation(ORDER))
                .expectNoEvents()
                .expectException(OrderRules.OrderNotAwaitingStock.class);
    }

    private Instant inThreeDays() {
        return fixture.currentTime().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plusSeconds(15 * 3600);
    }

    @Test
    void anOrderFromHistoryKeepsItsOwnTimeWatchesNoDeadlineAndNeedsNoCatalogue() {
        var placedAt = Instant.parse("2010-12-01T08:26:00Z");
        var order = anOrder("order-1").line("SKU-1", 6, "2.55");
        var history = new HistoricalImport(placedAt, "online-retail");
        var command = order.place();
        var historical = new PlaceOrder(command.orderId(), command.orderNumber(), command.channel(),
                command.channelOrderRef(), command.customer(), command.billingAddress(), command.shippingAddress(),
                command.lines(), command.shippingCharge(), command.adjustments(), command.currency(),
                command.despatchDeadline(), command.deliveryDeadline(), history);
        var placed = order.placed();
        fixture.registerInjectableResource((SkuCatalogue) skus -> Set.of());
        fixture.givenNoPriorActivity()
                .when(historical)
                .expectEvents(new OrderPlaced(placed.orderId(), placed.orderNumber(), placed.channel(),
                        placed.channelOrderRef(), placed.customer(), placed.billingAddress(), placed.shippingAddress(),
                        placed.lines(), placed.shippingCharge(), placed.adjustments(), placed.currency(),
                        placed.despatchDeadline(), placed.deliveryDeadline(), placedAt, history))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotImportAnOrderPlacedInTheFuture() {
        var command = anOrder("order-1").line("SKU-1", 1, "1.00").place();
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(command.orderId(), command.orderNumber(), command.channel(), null,
                        command.customer(), command.billingAddress(), command.shippingAddress(), command.lines(),
                        null, null, command.currency(), command.despatchDeadline(), command.deliveryDeadline(),
                        new HistoricalImport(NOW.plusSeconds(3600), "online-retail")))
                .expectNoEvents()
                .expectException(OrderRules.HistoryInTheFuture.class);
    }
}

package org.openoms.command.returns;

import static org.openoms.command.testdata.OrderTestData.NOW;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.returns.ReceiveReturn;
import org.openoms.kernel.returns.RequestReturn;
import org.openoms.kernel.returns.ReturnCompleted;
import org.openoms.kernel.returns.ReturnId;
import org.openoms.kernel.returns.ReturnReason;
import org.openoms.kernel.returns.ReturnReceived;
import org.openoms.kernel.returns.ReturnRequested;

class ReturnAggregateTest {

    private static final ReturnId RMA = new ReturnId("RMA-1");
    private static final OrderId ORDER = new OrderId("order-1");
    private static final Sku MUG = new Sku("MUG");
    private static final Sku TEAPOT = new Sku("TEAPOT");
    private static final LocationId MAIN = LocationId.DEFAULT;
    private AggregateTestFixture<ReturnAggregate> fixture;
    private OrderStatus orderStatus = OrderStatus.DESPATCHED;
    private int mugsAlreadyReturned;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReturnAggregate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        ReturnableOrders returnable = orderId -> orderId.equals(ORDER)
                ? Optional.of(new ReturnableOrders.ReturnableOrder(orderStatus, Map.of(
                        1, new ReturnableOrders.Line(1, MUG, Money.of("8.00", "GBP"), 4, mugsAlreadyReturned),
                        2, new ReturnableOrders.Line(2, TEAPOT, Money.of("25.00", "GBP"), 1, 0))))
                : Optional.empty();
        fixture.registerInjectableResource(returnable);
    }

    private static RequestReturn request(ReturnReason reason, RequestReturn.Line... lines) {
        return new RequestReturn(RMA, ORDER, List.of(lines), reason, Channel.EMAIL, null, null);
    }

    private static ReturnRequested requested(ReturnReason reason) {
        return new ReturnRequested(RMA, ORDER, List.of(new ReturnRequested.Line(1, MUG, 2, Money.of("8.00", "GBP")),
                new ReturnRequested.Line(2, TEAPOT, 1, Money.of("25.00", "GBP"))), reason, Channel.EMAIL, null, NOW);
    }

    @Test
    void opensAReturnForLinesOfADespatchedOrderAtTheirSoldPrice() {
        fixture.givenNoPriorActivity()
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(1, 2), new RequestReturn.Line(2, 1)))
                .expectEvents(requested(ReturnReason.DAMAGED));
    }

    @Test
    void cannotReturnMoreThanWasOrderedLessWhatCameBackBefore() {
        mugsAlreadyReturned = 3;
        fixture.givenNoPriorActivity()
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(1, 2)))
                .expectNoEvents()
                .expectException(ReturnRules.ReturnExceedsOrdered.class);
    }

    @Test
    void cannotReturnALineTheOrderDoesNotHave() {
        fixture.givenNoPriorActivity()
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(9, 1)))
                .expectNoEvents()
                .expectException(ReturnRules.ReturnExceedsOrdered.class);
    }

    @Test
    void cannotReturnLinesOfAnOrderNotYetConfirmed() {
        orderStatus = OrderStatus.AWAITING_STOCK;
        fixture.givenNoPriorActivity()
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(1, 1)))
                .expectNoEvents()
                .expectException(ReturnRules.OrderNotReturnable.class);
    }

    @Test
    void aFaultOfOursIsRefundedInFull() {
        fixture.given(requested(ReturnReason.DAMAGED))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.BACK_TO_STOCK),
                        new ReceiveReturn.Line(2, Disposition.WRITE_OFF)), null, null, null))
                .expectEvents(new ReturnReceived(RMA, ORDER, MAIN, List.of(
                                new ReturnReceived.Line(1, MUG, 2, Disposition.BACK_TO_STOCK),
                                new ReturnReceived.Line(2, TEAPOT, 1, Disposition.WRITE_OFF)),
                                Money.of("41.00", "GBP"), Money.of("0", "GBP"), Money.of("0", "GBP"),
                                Money.of("41.00", "GBP"), NOW),
                        new ReturnCompleted(RMA, ORDER, Money.of("41.00", "GBP"), NOW));
    }

    @Test
    void aChangeOfMindPaysRestockingAndPostageByRule() {
        fixture.given(requested(ReturnReason.CHANGED_MIND))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.BACK_TO_STOCK),
                        new ReceiveReturn.Line(2, Disposition.QUARANTINE)), null, null, null))
                .expectEvents(new ReturnReceived(RMA, ORDER, MAIN, List.of(
                                new ReturnReceived.Line(1, MUG, 2, Disposition.BACK_TO_STOCK),
                                new ReturnReceived.Line(2, TEAPOT, 1, Disposition.QUARANTINE)),
                                Money.of("41.00", "GBP"), Money.of("4.10", "GBP"), Money.of("3.95", "GBP"),
                                Money.of("32.95", "GBP"), NOW),
                        new ReturnCompleted(RMA, ORDER, Money.of("32.95", "GBP"), NOW));
    }

    @Test
    void feesSetByHandWinOverTheRule() {
        fixture.given(requested(ReturnReason.CHANGED_MIND))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.BACK_TO_STOCK),
                        new ReceiveReturn.Line(2, Disposition.BACK_TO_STOCK)), BigDecimal.ZERO, Money.of("0", "GBP"), null))
                .expectEvents(new ReturnReceived(RMA, ORDER, MAIN, List.of(
                                new ReturnReceived.Line(1, MUG, 2, Disposition.BACK_TO_STOCK),
                                new ReturnReceived.Line(2, TEAPOT, 1, Disposition.BACK_TO_STOCK)),
                                Money.of("41.00", "GBP"), Money.of("0", "GBP"), Money.of("0", "GBP"),
                                Money.of("41.00", "GBP"), NOW),
                        new ReturnCompleted(RMA, ORDER, Money.of("41.00", "GBP"), NOW));
    }

    @Test
    void everyReturnedLineNeedsADisposition() {
        fixture.given(requested(ReturnReason.DAMAGED))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.BACK_TO_STOCK)),
                        null, null, null))
                .expectNoEvents()
                .expectException(ReturnRules.DispositionsDoNotMatch.class);
    }

    @Test
    void cannotReceiveAReturnTwice() {
        fixture.given(requested(ReturnReason.DAMAGED), new ReturnReceived(RMA, ORDER, MAIN, List.of(),
                        Money.of("41.00", "GBP"), Money.of("0", "GBP"), Money.of("0", "GBP"), Money.of("41.00", "GBP"), NOW))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.BACK_TO_STOCK),
                        new ReceiveReturn.Line(2, Disposition.BACK_TO_STOCK)), null, null, null))
                .expectNoEvents()
                .expectException(ReturnRules.ReturnAlreadyReceived.class);
    }

    @Test
    void requestingTheSameReturnAgainChangesNothing() {
        fixture.given(requested(ReturnReason.DAMAGED))
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(1, 2), new RequestReturn.Line(2, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRequestADifferentReturnUnderAUsedId() {
        fixture.given(requested(ReturnReason.DAMAGED))
                .when(request(ReturnReason.DAMAGED, new RequestReturn.Line(1, 1), new RequestReturn.Line(2, 1)))
                .expectNoEvents()
                .expectException(ReturnRules.ReturnIdAlreadyUsed.class);
    }

    @Test
    void cannotRequestTheSameLinesForAnotherReasonUnderAUsedId() {
        fixture.given(requested(ReturnReason.DAMAGED))
                .when(request(ReturnReason.CHANGED_MIND, new RequestReturn.Line(1, 2), new RequestReturn.Line(2, 1)))
                .expectNoEvents()
                .expectException(ReturnRules.ReturnIdAlreadyUsed.class);
    }

    @Test
    void aReturnFromHistoryIsDatedWhenItHappened() {
        var then = java.time.Instant.parse("2011-03-01T10:00:00Z");
        var history = new HistoricalImport(then, "online-retail");
        fixture.given(requested(ReturnReason.OTHER))
                .when(new ReceiveReturn(RMA, MAIN, List.of(new ReceiveReturn.Line(1, Disposition.WRITE_OFF),
                        new ReceiveReturn.Line(2, Disposition.WRITE_OFF)), null, null, history))
                .expectEvents(new ReturnReceived(RMA, ORDER, MAIN, List.of(
                                new ReturnReceived.Line(1, MUG, 2, Disposition.WRITE_OFF),
                                new ReturnReceived.Line(2, TEAPOT, 1, Disposition.WRITE_OFF)),
                                Money.of("41.00", "GBP"), Money.of("0", "GBP"), Money.of("0", "GBP"),
                                Money.of("41.00", "GBP"), then),
                        new ReturnCompleted(RMA, ORDER, Money.of("41.00", "GBP"), then));
    }
}

package org.openoms.command.returns;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openoms.command.cache.AggregateCaches;
import org.openoms.command.order.OrderRules;
import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.returns.ReceiveReturn;
import org.openoms.kernel.returns.RefundRule;
import org.openoms.kernel.returns.RequestReturn;
import org.openoms.kernel.returns.ReturnCompleted;
import org.openoms.kernel.returns.ReturnReason;
import org.openoms.kernel.returns.ReturnReceived;
import org.openoms.kernel.returns.ReturnRequested;

/** An RMA: requested for lines of an order, received with a disposition per line, completed with a refund. */
@Aggregate(cache = AggregateCaches.RETURNS)
class ReturnAggregate {

    @AggregateIdentifier
    private String id;
    private ReturnRequested request;
    private OrderId orderId;
    private ReturnReason reason;
    private Map<Integer, ReturnRequested.Line> lines;
    private boolean received;

    ReturnAggregate() {
        // Axon rebuilds the return from its events
    }

    /**
     * Requesting the same return again (a retried request or a re-run load) changes nothing; a
     * different return under a used id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestReturn command, ReturnableOrders returnableOrders, Clock clock) {
        if (request != null) {
            if (!request.requestedBy(command)) {
                throw new ReturnRules.ReturnIdAlreadyUsed(command.returnId());
            }
            return;
        }
        var order = returnableOrders.lockForReturn(command.orderId())
                .orElseThrow(() -> new ReturnRules.UnknownOrder(command.orderId()));
        if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.DESPATCHED) {
            throw new ReturnRules.OrderNotReturnable(command.orderId(), order.status());
        }
        List<ReturnRequested.Line> requested = new ArrayList<>();
        for (int i = 0; i < command.lines().size(); i++) {
            RequestReturn.Line line = command.lines().get(i);
            var ordered = order.lines().get(line.lineNumber());
            int returnable = ordered == null ? 0 : ordered.returnable();
            if (line.quantity() > returnable) {
                throw new ReturnRules.ReturnExceedsOrdered("lines[" + i + "].quantity", line.lineNumber(),
                        line.quantity(), returnable);
            }
            requested.add(new ReturnRequested.Line(line.lineNumber(), ordered.sku(), line.quantity(),
                    ordered.unitPrice()));
        }
        apply(new ReturnRequested(command.returnId(), command.orderId(), requested, command.reason(), command.channel(),
                command.note(), when(command.history(), clock)));
    }

    /**
     * Fees given by hand win over the house rule. The refund is decided here and recorded, so it
     * never changes when the rule does.
     */
    @CommandHandler
    void handle(ReceiveReturn command, Clock clock) {
        if (received) {
            throw new ReturnRules.ReturnAlreadyReceived(id);
        }
        Set<Integer> given = command.lines().stream().map(ReceiveReturn.Line::lineNumber).collect(Collectors.toSet());
        if (!given.equals(lines.keySet()) || given.size() != command.lines().size()) {
            throw new ReturnRules.DispositionsDoNotMatch("give exactly one disposition for each returned line "
                    + lines.keySet() + ", got " + command.lines().stream().map(ReceiveReturn.Line::lineNumber).toList());
        }
        List<ReturnReceived.Line> receivedLines = new ArrayList<>();
        Money value = null;
        for (ReceiveReturn.Line line : command.lines()) {
            var returned = lines.get(line.lineNumber());
            receivedLines.add(new ReturnReceived.Line(line.lineNumber(), returned.sku(), returned.quantity(),
                    line.disposition()));
            Money lineValue = returned.unitPrice().times(returned.quantity());
            value = value == null ? lineValue : value.plus(lineValue);
        }
        BigDecimal percent = command.restockingFeePercent() != null
                ? command.restockingFeePercent() : RefundRule.restockingPercent(reason);
        Money restockingFee = RefundRule.percentOf(value, percent);
        Money returnShipping = command.returnShippingFee() != null
                ? command.returnShippingFee() : RefundRule.returnShipping(reason, Money.zero(value.currency()));
        if (!returnShipping.sameCurrencyAs(value)) {
            throw new InvalidValue("returnShippingFee.currency",
                    "returnShippingFee.currency must be " + value.currency().getCurrencyCode() + ", the order's currency");
        }
        Money refund = RefundRule.refund(value, restockingFee, returnShipping);
        Instant at = when(command.history(), clock);
        apply(new ReturnReceived(command.returnId(), orderId, command.location(), receivedLines, value, restockingFee,
                returnShipping, refund, at));
        apply(new ReturnCompleted(command.returnId(), orderId, refund, at));
    }

    private Instant when(HistoricalImport history, Clock clock) {
        Instant now = clock.instant();
        if (history == null) {
            return now;
        }
        if (history.occurredAt().isAfter(now)) {
            throw new OrderRules.HistoryInTheFuture("return " + id, history.occurredAt());
        }
        return history.occurredAt();
    }

    @EventSourcingHandler
    void on(ReturnRequested event) {
        id = event.returnId().value();
        request = event;
        orderId = event.orderId();
        reason = event.reason();
        lines = new TreeMap<>();
        event.lines().forEach(line -> lines.put(line.lineNumber(), line));
    }

    @EventSourcingHandler
    void on(ReturnReceived event) {
        received = true;
    }
}

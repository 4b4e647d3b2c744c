package org.openoms.command.stock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openoms.command.cache.AggregateCaches;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.stock.AdjustStock;
import org.openoms.kernel.stock.AvailableToPromise;
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

/**
 * One SKU at one location. Reservations are decided here, one command at a time per stream, so
 * available-to-promise (on hand − reserved) can never go below zero however many orders race. A line
 * refused for want of stock waits in this item's back-order queue; whatever frees units here (a receipt,
 * an upward adjustment, a return to stock, a release) serves the queue oldest first in the same
 * decision, so the order of service never depends on which process runs first. A busy SKU's stream
 * grows with every reservation, so it is snapshotted (its fields are the snapshot).
 */
@Aggregate(snapshotTriggerDefinition = StockSnapshots.TRIGGER, cache = AggregateCaches.STOCK_ITEMS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class StockItemAggregate {

    @AggregateIdentifier
    private StockItemId stockItemId;
    /** Long, and never above {@link Bounds#MAX_STOCK_QUANTITY} by a receipt or adjustment, so sums cannot wrap. */
    private long onHand;
    /** Reserved units by order line ("orderId#line"). */
    private final Map<String, Integer> reservations = new HashMap<>();
    private long reserved;
    private final Set<String> bookedReturns = new HashSet<>();
    /** Back-ordered lines waiting here, by order line ("orderId#line"). */
    private final Map<String, Waiting> waiting = new HashMap<>();

    /** A back-ordered line in the queue. */
    record Waiting(OrderId orderId, int lineNumber, int quantity, Instant placedAt, String orderNumber) {
    }

    /** Oldest order first; the order number breaks a tie of placing times. */
    private static final Comparator<Waiting> OLDEST_FIRST =
            Comparator.comparing(Waiting::placedAt).thenComparing(Waiting::orderNumber);

    StockItemAggregate() {
        // Axon rebuilds the stock item from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveStock command, Clock clock) {
        if (onHand + command.quantity() > Bounds.MAX_STOCK_QUANTITY) {
            throw new StockRules.StockBoundExceeded(command.stockItemId(), onHand, command.quantity());
        }
        apply(new StockReceived(command.stockItemId(), command.quantity(), command.reference(), clock.instant()));
        serveWaiting();
    }

    @CommandHandler
    void handle(AdjustStock command, Clock clock) {
        long after = onHand + command.delta();
        if (after < reserved) {
            throw new StockRules.AdjustmentBelowReserved(stockItemId, onHand, reserved, command.delta());
        }
        if (after > Bounds.MAX_STOCK_QUANTITY) {
            throw new StockRules.StockBoundExceeded(stockItemId, onHand, command.delta());
        }
        apply(new StockAdjusted(stockItemId, command.delta(), command.reason(), clock.instant()));
        serveWaiting();
    }

    /**
     * Asking again for the same order line is answered with nothing new, so a retried command
     * never reserves twice. A SKU never stocked here is simply nothing available. A refused line
     * joins the queue once; asking again for a waiting line (a retry by hand) reserves it if it now
     * fits, or records the refusal and leaves it where it stands.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReserveStock command) {
        String key = key(command.orderId().value(), command.lineNumber());
        if (reservations.containsKey(key)) {
            return;
        }
        if (command.quantity() <= available()) {
            apply(new StockReserved(command.stockItemId(), command.orderId(), command.lineNumber(), command.quantity()));
            return;
        }
        apply(new StockReservationRejected(command.stockItemId(), command.orderId(), command.lineNumber(),
                command.quantity(), (int) available(), "insufficient stock"));
        if (!waiting.containsKey(key)) {
            apply(new BackOrderQueued(command.stockItemId(), command.orderId(), command.lineNumber(),
                    command.quantity(), command.placedAt(), command.orderNumber()));
        }
    }

    /** Gives up whatever the line holds here: its reserved units (which may serve the queue) or its place in it. */
    @CommandHandler
    void handle(ReleaseReservation command) {
        String key = key(command.orderId().value(), command.lineNumber());
        Integer quantity = reservations.get(key);
        if (quantity != null) {
            apply(new StockReservationReleased(stockItemId, command.orderId(), command.lineNumber(), quantity,
                    command.reason()));
            serveWaiting();
        } else if (waiting.containsKey(key)) {
            apply(new BackOrderWithdrawn(stockItemId, command.orderId(), command.lineNumber(), command.reason()));
        }
    }

    @CommandHandler
    void handle(IssueReservedStock command) {
        Integer quantity = reservations.get(key(command.orderId().value(), command.lineNumber()));
        if (quantity != null) {
            apply(new StockIssued(stockItemId, command.orderId(), command.lineNumber(), quantity));
        }
    }

    /** Booking the same returned line twice books it once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BookReturnedStock command) {
        if (bookedReturns.contains(returnKey(command.returnId().value(), command.lineNumber()))) {
            return;
        }
        if (command.disposition() == Disposition.BACK_TO_STOCK) {
            apply(new StockReturned(command.stockItemId(), command.returnId(), command.orderId(), command.lineNumber(),
                    command.quantity()));
            serveWaiting();
        } else {
            apply(new StockQuarantined(command.stockItemId(), command.returnId(), command.orderId(),
                    command.lineNumber(), command.quantity()));
        }
    }

    /**
     * Waiting lines are served oldest first. A line that does not fit is passed over, not waited for:
     * a new order that fits is reserved at once too, so holding units back for a larger, older line
     * would only leave them idle.
     */
    private void serveWaiting() {
        for (Waiting line : waiting.values().stream().sorted(OLDEST_FIRST).toList()) {
            if (line.quantity() <= available()) {
                apply(new StockReserved(stockItemId, line.orderId(), line.lineNumber(), line.quantity()));
            }
        }
    }

    private long available() {
        return AvailableToPromise.of(onHand, reserved);
    }

    @EventSourcingHandler
    void on(BackOrderQueued event) {
        stockItemId = event.stockItemId();
        waiting.put(key(event.orderId().value(), event.lineNumber()), new Waiting(event.orderId(), event.lineNumber(),
                event.quantity(), event.placedAt(), event.orderNumber()));
    }

    @EventSourcingHandler
    void on(BackOrderWithdrawn event) {
        waiting.remove(key(event.orderId().value(), event.lineNumber()));
    }

    @EventSourcingHandler
    void on(StockReturned event) {
        stockItemId = event.stockItemId();
        onHand += event.quantity();
        bookedReturns.add(returnKey(event.returnId().value(), event.lineNumber()));
    }

    /** Quarantined units are counted by the read side; they never change what can be promised here. */
    @EventSourcingHandler
    void on(StockQuarantined event) {
        stockItemId = event.stockItemId();
        bookedReturns.add(returnKey(event.returnId().value(), event.lineNumber()));
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        stockItemId = event.stockItemId();
        onHand += event.quantity();
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        onHand += event.delta();
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        stockItemId = event.stockItemId();
        String key = key(event.orderId().value(), event.lineNumber());
        reservations.put(key, event.quantity());
        waiting.remove(key);
        reserved += event.quantity();
    }

    @EventSourcingHandler
    void on(StockReservationRejected event) {
        stockItemId = event.stockItemId();
    }

    @EventSourcingHandler
    void on(StockReservationReleased event) {
        reservations.remove(key(event.orderId().value(), event.lineNumber()));
        reserved -= event.quantity();
    }

    @EventSourcingHandler
    void on(StockIssued event) {
        reservations.remove(key(event.orderId().value(), event.lineNumber()));
        reserved -= event.quantity();
        onHand -= event.quantity();
    }

    private static String returnKey(String returnId, int lineNumber) {
        return returnId + "#" + lineNumber;
    }

    private static String key(String orderId, int lineNumber) {
        return orderId + "#" + lineNumber;
    }
}

package org.openoms.command.fulfilment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.AllocationRetried;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.stock.IssueReservedStock;
import org.openoms.kernel.stock.ReleaseReservation;
import org.openoms.kernel.stock.ReserveStock;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.kernel.stock.StockReservationRejected;
import org.openoms.kernel.stock.StockReserved;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Takes a placed order to stock: reserves every line at the default location, then confirms the
 * order when all are reserved or makes it a back order naming the lines that were not. A back order's
 * lines wait in their stock items' queues; when the last of them is reserved there, the order is
 * confirmed. A retry by hand asks again for every unreserved line. On cancellation every reservation
 * and every place in a queue is given up, including reservations answered after the cancellation; on
 * despatch the reserved units are issued.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class OrderFulfilmentSaga {

    static final String ASSOCIATION = "orderId";
    static final String CANCELLATION_REASON = "order cancelled";

    private static final Comparator<Line> BY_STOCK_ITEM = Comparator.comparing((Line l) -> l.sku().value())
            .thenComparing(l -> l.location().value()).thenComparing(Line::lineNumber);

    public enum LineState { PENDING, RESERVED, REJECTED, RELEASED }

    /** What the process knows of one order line. */
    public record Line(int lineNumber, Sku sku, LocationId location, int quantity, LineState state, int available) {

        Line answered(LineState newState, int availableThen) {
            return new Line(lineNumber, sku, location, quantity, newState, availableThen);
        }

        StockItemId stockItemId() {
            return new StockItemId(sku, location);
        }
    }

    private OrderId orderId;
    private String orderNumber;
    private Instant placedAt;
    private Map<Integer, Line> lines = new TreeMap<>();
    private boolean cancelled;
    /** The first answer (confirmed or awaiting stock) has been sent. */
    private boolean decided;
    private boolean confirmed;

    @JsonIgnore
    private transient CommandGateway commandGateway;

    @Autowired
    public void setCommandGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(OrderPlaced event) {
        if (event.historical()) {
            // fulfilled long ago, elsewhere: nothing to reserve
            SagaLifecycle.end();
            return;
        }
        orderId = event.orderId();
        orderNumber = event.orderNumber();
        placedAt = event.placedAt();
        for (OrderLine line : event.lines()) {
            lines.put(line.lineNumber(), new Line(line.lineNumber(), line.sku(), LocationId.DEFAULT, line.quantity(),
                    LineState.PENDING, 0));
        }
        // always in the same order of stock items: each holds its lock until this transaction ends, so two
        // processes reserving the same two items in opposite orders would wait on each other
        lines.values().stream().sorted(BY_STOCK_ITEM).forEach(this::reserve);
    }

    /** A pending line's answer, or a waiting line served from its stock item's queue. */
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(StockReserved event) {
        Line line = lines.get(event.lineNumber());
        if (line == null || (line.state() != LineState.PENDING && line.state() != LineState.REJECTED)) {
            return;
        }
        if (cancelled) {
            lines.put(line.lineNumber(), line.answered(LineState.RELEASED, 0));
            release(line);
        } else {
            lines.put(line.lineNumber(), line.answered(LineState.RESERVED, 0));
        }
        afterAnswer();
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(StockReservationRejected event) {
        Line line = lines.get(event.lineNumber());
        if (line == null || line.state() != LineState.PENDING) {
            return;
        }
        lines.put(line.lineNumber(), line.answered(LineState.REJECTED, event.available()));
        afterAnswer();
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(AllocationRetried event) {
        // a process begun before back orders were queued knows neither; its place in the queue starts now
        placedAt = placedAt == null ? event.at() : placedAt;
        orderNumber = orderNumber == null ? orderId.value() : orderNumber;
        for (Line line : lines.values().stream().sorted(BY_STOCK_ITEM).toList()) {
            if (line.state() == LineState.REJECTED) {
                // asked again: pending until answered, so a cancellation meanwhile still releases what it gets
                lines.put(line.lineNumber(), line.answered(LineState.PENDING, line.available()));
                reserve(line);
            }
        }
    }

    /** Reserved units go back; a waiting line leaves its queue (the same command: give up what the line holds). */
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(OrderCancelled event) {
        cancelled = true;
        for (Line line : lines.values().stream().sorted(BY_STOCK_ITEM).toList()) {
            if (line.state() == LineState.RESERVED || line.state() == LineState.REJECTED) {
                lines.put(line.lineNumber(), line.answered(LineState.RELEASED, 0));
                release(line);
            }
        }
        endWhenSettled();
    }

    /** The reserved units leave with the parcel; the process is over. */
    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(OrderDespatched event) {
        for (Line line : lines.values().stream().sorted(BY_STOCK_ITEM).toList()) {
            if (line.state() == LineState.RESERVED) {
                commandGateway.send(new IssueReservedStock(line.stockItemId(), orderId, line.lineNumber()));
            }
        }
    }

    private void afterAnswer() {
        if (cancelled) {
            endWhenSettled();
            return;
        }
        if (confirmed || lines.values().stream().anyMatch(l -> l.state() == LineState.PENDING)) {
            return;
        }
        List<BackOrderedLine> backOrdered = new ArrayList<>();
        for (Line line : lines.values()) {
            if (line.state() == LineState.REJECTED) {
                backOrdered.add(new BackOrderedLine(line.lineNumber(), line.sku(), line.location(), line.quantity(),
                        line.available()));
            }
        }
        if (backOrdered.isEmpty()) {
            decided = true;
            confirmed = true;
            commandGateway.send(new ConfirmOrder(orderId));
        } else if (!decided) {
            decided = true;
            commandGateway.send(new MarkOrderAwaitingStock(orderId, backOrdered));
        }
    }

    private void reserve(Line line) {
        commandGateway.send(new ReserveStock(line.stockItemId(), orderId, line.lineNumber(), line.quantity(), placedAt,
                orderNumber));
    }

    private void endWhenSettled() {
        if (lines.values().stream().noneMatch(l -> l.state() == LineState.PENDING)) {
            SagaLifecycle.end();
        }
    }

    private void release(Line line) {
        commandGateway.send(new ReleaseReservation(line.stockItemId(), orderId, line.lineNumber(),
                CANCELLATION_REASON));
    }
}

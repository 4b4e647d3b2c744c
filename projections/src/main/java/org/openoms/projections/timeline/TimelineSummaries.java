package org.openoms.projections.timeline;

import java.util.stream.Collectors;
import org.openoms.kernel.messaging.CustomerMessageRecorded;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.messaging.OrderNoteAdded;
import org.openoms.kernel.order.AllocationRetried;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.DespatchConfirmedToChannel;
import org.openoms.kernel.order.DespatchDeadlineEscalated;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.returns.ReturnCompleted;
import org.openoms.kernel.returns.ReturnReceived;
import org.openoms.kernel.returns.ReturnRequested;
import org.openoms.kernel.stock.StockIssued;
import org.openoms.kernel.stock.StockQuarantined;
import org.openoms.kernel.stock.BackOrderQueued;
import org.openoms.kernel.stock.BackOrderWithdrawn;
import org.openoms.kernel.stock.StockReservationRejected;
import org.openoms.kernel.stock.StockReservationReleased;
import org.openoms.kernel.stock.StockReserved;
import org.openoms.kernel.stock.StockReturned;

/** One line of plain English per event, as customer service reads a timeline. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String of(Object event) {
        if (event instanceof OrderPlaced e) {
            long units = e.lines().stream().mapToLong(l -> l.quantity()).sum();
            return "Order " + e.orderNumber() + " placed via " + e.channel() + " by " + e.customer().name() + ": "
                    + e.lines().size() + " line(s), " + units + " unit(s), total " + e.totals().total()
                    + (e.historical() ? " (imported from " + e.history().source() + ", already fulfilled)" : "");
        }
        if (event instanceof OrderConfirmed) {
            return "Order confirmed: every line reserved";
        }
        if (event instanceof OrderAwaitingStock e) {
            return "Awaiting stock (back order) for " + e.lines().stream().map(TimelineSummaries::backOrdered)
                    .collect(Collectors.joining("; "));
        }
        if (event instanceof OrderCancelled e) {
            return "Order cancelled: " + e.reason();
        }
        if (event instanceof OrderDespatched e) {
            return "Despatched with " + e.carrier() + ", tracking " + e.trackingNumber();
        }
        if (event instanceof DespatchConfirmedToChannel e) {
            return "Despatch confirmed to " + e.channel() + " (" + e.channelReference() + "), " + e.carrier()
                    + " tracking " + e.trackingNumber();
        }
        if (event instanceof DespatchDeadlineEscalated e) {
            return "Despatch deadline " + e.despatchDeadline() + " escalated: light turned " + e.light();
        }
        if (event instanceof StockIssued e) {
            return "Line " + e.lineNumber() + ": " + e.quantity() + " x " + e.stockItemId().sku() + " issued from "
                    + e.stockItemId().location();
        }
        if (event instanceof ReturnRequested e) {
            long units = e.lines().stream().mapToLong(ReturnRequested.Line::quantity).sum();
            return "Return " + e.returnId() + " requested via " + e.channel() + " (" + e.reason() + "): "
                    + units + " unit(s) of line(s) " + e.lines().stream().map(l -> String.valueOf(l.lineNumber()))
                    .collect(Collectors.joining(", "));
        }
        if (event instanceof ReturnReceived e) {
            return "Return " + e.returnId() + " received at " + e.location() + ": " + e.lines().stream()
                    .map(l -> l.quantity() + " x " + l.sku() + " " + l.disposition()).collect(Collectors.joining(", "))
                    + "; value " + e.returnedValue() + " less restocking " + e.restockingFee() + " and postage "
                    + e.returnShippingFee() + " = refund " + e.refund();
        }
        if (event instanceof ReturnCompleted e) {
            return "Return " + e.returnId() + " completed: refund " + e.refund();
        }
        if (event instanceof StockReturned e) {
            return "Line " + e.lineNumber() + ": " + e.quantity() + " x " + e.stockItemId().sku()
                    + " back in stock at " + e.stockItemId().location();
        }
        if (event instanceof StockQuarantined e) {
            return "Line " + e.lineNumber() + ": " + e.quantity() + " x " + e.stockItemId().sku()
                    + " quarantined at " + e.stockItemId().location();
        }
        if (event instanceof CustomerMessageRecorded e) {
            return (e.direction() == MessageDirection.INBOUND ? "Message from " : "Message to ") + e.sender()
                    + " via " + e.channel() + (e.subject() == null ? "" : ": " + e.subject());
        }
        if (event instanceof OrderNoteAdded e) {
            return "Note: " + (e.text().length() > 120 ? e.text().substring(0, 117) + "..." : e.text());
        }
        if (event instanceof StockReserved e) {
            return "Line " + e.lineNumber() + ": " + e.quantity() + " x " + e.stockItemId().sku() + " reserved at "
                    + e.stockItemId().location();
        }
        if (event instanceof StockReservationRejected e) {
            return "Line " + e.lineNumber() + ": " + e.requested() + " x " + e.stockItemId().sku()
                    + " could not be reserved at " + e.stockItemId().location() + " (" + e.available()
                    + " available, " + e.reason() + ")";
        }
        if (event instanceof BackOrderQueued e) {
            return "Line " + e.lineNumber() + ": waits for " + e.quantity() + " x " + e.stockItemId().sku() + " at "
                    + e.stockItemId().location();
        }
        if (event instanceof BackOrderWithdrawn e) {
            return "Line " + e.lineNumber() + ": no longer waits for " + e.stockItemId().sku() + " at "
                    + e.stockItemId().location() + " (" + e.reason() + ")";
        }
        if (event instanceof AllocationRetried) {
            return "Stock allocation retried by hand";
        }
        if (event instanceof StockReservationReleased e) {
            return "Line " + e.lineNumber() + ": " + e.quantity() + " x " + e.stockItemId().sku() + " released at "
                    + e.stockItemId().location() + " (" + e.reason() + ")";
        }
        return event.getClass().getSimpleName();
    }

    private static String backOrdered(BackOrderedLine line) {
        return "line " + line.lineNumber() + " (" + line.requested() + " x " + line.sku() + ", " + line.available()
                + " available at " + line.location() + ")";
    }
}

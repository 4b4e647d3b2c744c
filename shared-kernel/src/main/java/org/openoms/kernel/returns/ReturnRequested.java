package org.openoms.kernel.returns;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

/** An RMA opened: which order lines, how many units, at what price they were sold. */
@Revision("1")
public record ReturnRequested(ReturnId returnId, OrderId orderId, List<Line> lines, ReturnReason reason,
                              Channel channel, String note, Instant requestedAt) implements ConcernsOrder {

    public record Line(int lineNumber, Sku sku, int quantity, Money unitPrice) {
    }

    public ReturnRequested {
        lines = List.copyOf(lines);
    }

    /**
     * Whether this return is what the command asks for, so a retried request can be told from a
     * different return under a used id. The event keeps no history source, only its time.
     */
    public boolean requestedBy(RequestReturn command) {
        return returnId.equals(command.returnId())
                && orderId.equals(command.orderId())
                && lines.stream().map(line -> new RequestReturn.Line(line.lineNumber(), line.quantity())).toList()
                        .equals(command.lines())
                && reason == command.reason()
                && channel == command.channel()
                && Objects.equals(note, command.note())
                && (command.history() == null || command.history().occurredAt().equals(requestedAt));
    }
}

package org.openoms.kernel.returns;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderId;

/**
 * Open an RMA for lines of an order, through any channel whatever channel sold them; {@code history}
 * only when loading returns from an earlier system.
 */
public record RequestReturn(@TargetAggregateIdentifier ReturnId returnId, OrderId orderId, List<Line> lines,
                            ReturnReason reason, Channel channel, String note, HistoricalImport history) {

    public record Line(int lineNumber, int quantity) {
        public Line {
            Require.positive(lineNumber, "lineNumber");
            Require.quantity(quantity, "quantity", Bounds.MAX_LINE_QUANTITY);
        }
    }

    public RequestReturn {
        Require.present(returnId, "returnId");
        Require.present(orderId, "orderId");
        lines = List.copyOf(Require.present(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must hold at least one line");
        }
        if (lines.stream().map(Line::lineNumber).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("lines: a line number appears twice");
        }
        Require.present(reason, "reason");
        Require.present(channel, "channel");
        note = Require.optionalFreeText(note, "note", 2000);
    }

}

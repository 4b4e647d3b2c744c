package org.openoms.kernel.order;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

/** Sent by the fulfilment process when a line could not be reserved: the order becomes a back order. */
public record MarkOrderAwaitingStock(@TargetAggregateIdentifier OrderId orderId, List<BackOrderedLine> lines) {

    public MarkOrderAwaitingStock {
        Require.present(orderId, "orderId");
        lines = List.copyOf(Require.present(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must name at least one back-ordered line");
        }
    }
}

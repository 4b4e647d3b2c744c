package org.openoms.kernel.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderAwaitingStock(OrderId orderId, List<BackOrderedLine> lines, Instant at) implements ConcernsOrder {

    public OrderAwaitingStock {
        lines = List.copyOf(lines);
    }
}

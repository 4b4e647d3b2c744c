package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderCancelled(OrderId orderId, String reason, Instant cancelledAt) implements ConcernsOrder {
}

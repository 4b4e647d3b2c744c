package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderConfirmed(OrderId orderId, Instant confirmedAt) implements ConcernsOrder {
}

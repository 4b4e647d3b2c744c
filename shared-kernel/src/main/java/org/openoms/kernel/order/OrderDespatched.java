package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderDespatched(OrderId orderId, String carrier, String trackingNumber, Instant despatchedAt)
        implements ConcernsOrder {
}

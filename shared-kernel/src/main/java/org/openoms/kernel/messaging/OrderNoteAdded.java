package org.openoms.kernel.messaging;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

@Revision("1")
public record OrderNoteAdded(OrderId orderId, String text, Instant addedAt) implements ConcernsOrder {
}

package org.openoms.kernel.returns;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

@Revision("1")
public record ReturnCompleted(ReturnId returnId, OrderId orderId, Money refund, Instant completedAt)
        implements ConcernsOrder {
}

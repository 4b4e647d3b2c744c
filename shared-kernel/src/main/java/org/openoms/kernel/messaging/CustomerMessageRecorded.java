package org.openoms.kernel.messaging;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

@Revision("1")
public record CustomerMessageRecorded(OrderId orderId, String messageId, MessageDirection direction, Channel channel,
                                      String sender, String subject, String body, Instant receivedAt)
        implements ConcernsOrder {
}

package org.openoms.projections.messaging;

import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;

/** A customer message as the message index holds it; dates are ISO-8601 text. */
public record MessageDocument(String messageId, String orderId, String orderNumber, MessageDirection direction,
                              Channel channel, String sender, String subject, String body, String receivedAt,
                              OrderStatus orderStatus, String despatchedAt) {

    MessageDocument withOrder(OrderStatus status, String despatched) {
        return new MessageDocument(messageId, orderId, orderNumber, direction, channel, sender, subject, body,
                receivedAt, status, despatched);
    }
}

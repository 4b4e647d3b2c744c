package org.openoms.kernel.messaging;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderId;

/** A message to or from the customer about an order, from any channel (marketplace message, email, ...). */
public record RecordCustomerMessage(@TargetAggregateIdentifier OrderId orderId, String messageId,
                                    MessageDirection direction, Channel channel, String sender, String subject,
                                    String body, Instant receivedAt) {

    public RecordCustomerMessage {
        Require.present(orderId, "orderId");
        messageId = Require.text(messageId, "messageId", 100);
        Require.present(direction, "direction");
        Require.present(channel, "channel");
        sender = Require.text(sender, "sender", 254);
        subject = Require.optionalText(subject, "subject", 500);
        body = Require.freeText(body, "body", 100_000);
        Require.date(receivedAt, "receivedAt");
    }
}

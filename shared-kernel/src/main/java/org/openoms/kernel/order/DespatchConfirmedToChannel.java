package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The channel knows the parcel left, with its carrier and tracking number: the customer sees it there too. */
@Revision("1")
public record DespatchConfirmedToChannel(OrderId orderId, Channel channel, String channelReference, String carrier,
                                         String trackingNumber, Instant confirmedAt) implements ConcernsOrder {
}

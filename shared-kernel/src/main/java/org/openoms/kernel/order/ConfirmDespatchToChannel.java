package org.openoms.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

/** The channel the order came from has acknowledged its despatch, under its own reference (a fulfillment id). */
public record ConfirmDespatchToChannel(@TargetAggregateIdentifier OrderId orderId, String channelReference,
                                       String carrier, String trackingNumber) {

    public ConfirmDespatchToChannel {
        Require.present(orderId, "orderId");
        channelReference = Require.text(channelReference, "channelReference", 100);
        carrier = Require.text(carrier, "carrier", 100);
        trackingNumber = Require.text(trackingNumber, "trackingNumber", 100);
    }
}

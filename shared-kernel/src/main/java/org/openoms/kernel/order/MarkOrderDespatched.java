package org.openoms.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

/** The parcel left the building: takes the order out of the despatch queue. */
public record MarkOrderDespatched(@TargetAggregateIdentifier OrderId orderId, String carrier, String trackingNumber) {

    public MarkOrderDespatched {
        Require.present(orderId, "orderId");
        carrier = Require.text(carrier, "carrier", 100);
        trackingNumber = Require.text(trackingNumber, "trackingNumber", 100);
    }
}

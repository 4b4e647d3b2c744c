package org.openoms.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

/** Sent by the fulfilment process once every line is reserved. */
public record ConfirmOrder(@TargetAggregateIdentifier OrderId orderId) {

    public ConfirmOrder {
        Require.present(orderId, "orderId");
    }
}

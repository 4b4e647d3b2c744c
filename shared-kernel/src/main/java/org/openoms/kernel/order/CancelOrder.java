package org.openoms.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

public record CancelOrder(@TargetAggregateIdentifier OrderId orderId, String reason) {

    public CancelOrder {
        Require.present(orderId, "orderId");
        reason = Require.text(reason, "reason", 500);
    }
}

package org.openoms.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;

/** Customer service asks again for stock for every line of a back order that is still unreserved. */
public record RetryAllocation(@TargetAggregateIdentifier OrderId orderId) {

    public RetryAllocation {
        Require.present(orderId, "orderId");
    }
}

package org.openoms.kernel.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.Require;

/** Someone asked by hand for a back order's stock again; the fulfilment process asks every unreserved line. */
@Revision("1")
public record AllocationRetried(OrderId orderId, Instant at) implements ConcernsOrder {

    public AllocationRetried {
        Require.present(orderId, "orderId");
        Require.present(at, "at");
    }
}

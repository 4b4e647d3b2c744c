package org.openoms.kernel.returns;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;

/** Received and inspected; the refund decided then is a fact (a later rule change must not alter it). */
@Revision("1")
public record ReturnReceived(ReturnId returnId, OrderId orderId, LocationId location, List<Line> lines,
                             Money returnedValue, Money restockingFee, Money returnShippingFee, Money refund,
                             Instant receivedAt) implements ConcernsOrder {

    public record Line(int lineNumber, Sku sku, int quantity, Disposition disposition) {
    }

    public ReturnReceived {
        lines = List.copyOf(lines);
    }
}

package org.openoms.command.returns;

import java.util.Map;
import java.util.Optional;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;

/** What of an order may still come back: the return aggregate asks before it opens an RMA. */
public interface ReturnableOrders {

    /**
     * The order's lines with their ordered and already-returned quantities, locked until the asking
     * transaction ends, so two returns for the same units cannot both pass.
     */
    Optional<ReturnableOrder> lockForReturn(OrderId orderId);

    record ReturnableOrder(OrderStatus status, Map<Integer, Line> lines) {
    }

    record Line(int lineNumber, Sku sku, Money unitPrice, int ordered, int returned) {

        int returnable() {
            return ordered - returned;
        }
    }
}

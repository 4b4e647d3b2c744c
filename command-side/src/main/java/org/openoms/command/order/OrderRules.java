package org.openoms.command.order;

import java.time.Instant;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;

/** The named ways a command on an order can break a rule. */
public final class OrderRules {

    private OrderRules() {
    }

    public static final class OrderAlreadyCancelled extends BusinessRuleViolation {
        public OrderAlreadyCancelled(OrderId orderId) {
            super("order-already-cancelled", "order " + orderId + " is already cancelled");
        }
    }

    public static final class OrderIdAlreadyUsed extends BusinessRuleViolation {
        public OrderIdAlreadyUsed(OrderId orderId) {
            super("order-id-already-used", "orderId " + orderId + " already belongs to a different order");
        }
    }

    public static final class OrderAlreadyDespatched extends BusinessRuleViolation {
        public OrderAlreadyDespatched(OrderId orderId, String attempted) {
            super("order-already-despatched",
                    "order " + orderId + " has already been despatched and cannot be " + attempted);
        }
    }

    public static final class OrderNotDespatched extends BusinessRuleViolation {
        public OrderNotDespatched(OrderId orderId) {
            super("order-not-despatched", "order " + orderId + " has not been despatched; there is nothing to confirm");
        }
    }

    public static final class OrderNotReadyForDespatch extends BusinessRuleViolation {
        public OrderNotReadyForDespatch(OrderId orderId, OrderStatus status) {
            super("order-not-ready-for-despatch", "order " + orderId + " is " + status
                    + "; only a confirmed order (every line reserved) can be despatched");
        }
    }

    public static final class OrderNotAwaitingStock extends BusinessRuleViolation {
        public OrderNotAwaitingStock(OrderId orderId, OrderStatus status) {
            super("order-not-awaiting-stock", "order " + orderId + " is " + status
                    + "; only an order awaiting stock can have its allocation retried");
        }
    }

    /** A live order for a SKU never received anywhere is most likely a typo. */
    public static final class UnknownSku extends BusinessRuleViolation {
        public UnknownSku(String field, String sku) {
            super("unknown-sku", field,
                    field + ": unknown SKU '" + sku + "' (no stock of it was ever received at any location)");
        }
    }

    public static final class HistoryInTheFuture extends BusinessRuleViolation {
        public HistoryInTheFuture(Object id, Instant occurredAt) {
            super("history-in-the-future", "history.occurredAt",
                    id + " cannot be imported from history as of " + occurredAt + ", which is in the future");
        }
    }
}

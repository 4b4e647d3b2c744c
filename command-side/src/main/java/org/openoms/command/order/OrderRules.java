package org.openoms.command.order;

import org.openoms.kernel.order.OrderId;
import org.openoms.platform.web.BusinessRuleViolation;

/** The named ways a command on an order can break a rule. */
public final class OrderRules {

    private OrderRules() {
    }

    public static final class OrderAlreadyCancelled extends BusinessRuleViolation {
        public OrderAlreadyCancelled(OrderId orderId) {
            super("order " + orderId + " is already cancelled");
        }

        @Override
        public String code() {
            return "order-already-cancelled";
        }
    }

    public static final class OrderIdAlreadyUsed extends BusinessRuleViolation {
        public OrderIdAlreadyUsed(OrderId orderId) {
            super("orderId " + orderId + " already belongs to a different order");
        }

        @Override
        public String code() {
            return "order-id-already-used";
        }
    }
}

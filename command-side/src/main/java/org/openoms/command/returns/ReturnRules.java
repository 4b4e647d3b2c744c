package org.openoms.command.returns;

import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;

/** The named ways a return can break a rule. */
public final class ReturnRules {

    private ReturnRules() {
    }

    public static final class UnknownOrder extends BusinessRuleViolation {
        public UnknownOrder(OrderId orderId) {
            super("unknown-order", "orderId", "no order " + orderId + " to return lines of");
        }
    }

    public static final class OrderNotReturnable extends BusinessRuleViolation {
        public OrderNotReturnable(OrderId orderId, OrderStatus status) {
            super("order-not-returnable",
                    "order " + orderId + " is " + status + "; only confirmed or despatched orders take returns");
        }
    }

    public static final class ReturnExceedsOrdered extends BusinessRuleViolation {
        public ReturnExceedsOrdered(String field, int lineNumber, int requested, int returnable) {
            super("return-exceeds-ordered", field, field + ": " + requested + " unit(s) of line " + lineNumber
                    + " asked back, but only " + returnable + " can still be returned (ordered minus already returned)");
        }
    }

    public static final class ReturnAlreadyReceived extends BusinessRuleViolation {
        public ReturnAlreadyReceived(Object returnId) {
            super("return-already-received", "return " + returnId + " has already been received");
        }
    }

    public static final class DispositionsDoNotMatch extends BusinessRuleViolation {
        public DispositionsDoNotMatch(String detail) {
            super("dispositions-do-not-match", "lines", "lines: " + detail);
        }
    }

    public static final class ReturnIdAlreadyUsed extends BusinessRuleViolation {
        public ReturnIdAlreadyUsed(Object returnId) {
            super("return-id-already-used", "returnId " + returnId + " already belongs to a different return");
        }
    }
}

package org.openoms.command.returns;

import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.platform.web.BusinessRuleViolation;
import org.springframework.http.HttpStatus;

/** The named ways a return can break a rule. */
public final class ReturnRules {

    private ReturnRules() {
    }

    public static final class UnknownOrder extends BusinessRuleViolation {
        public UnknownOrder(OrderId orderId) {
            super("no order " + orderId + " to return lines of");
        }

        @Override
        public String code() {
            return "unknown-order";
        }

        @Override
        public String field() {
            return "orderId";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    public static final class OrderNotReturnable extends BusinessRuleViolation {
        public OrderNotReturnable(OrderId orderId, OrderStatus status) {
            super("order " + orderId + " is " + status + "; only confirmed or despatched orders take returns");
        }

        @Override
        public String code() {
            return "order-not-returnable";
        }
    }

    public static final class ReturnExceedsOrdered extends BusinessRuleViolation {
        private final String field;

        public ReturnExceedsOrdered(String field, int lineNumber, int requested, int returnable) {
            super(field + ": " + requested + " unit(s) of line " + lineNumber + " asked back, but only " + returnable
                    + " can still be returned (ordered minus already returned)");
            this.field = field;
        }

        @Override
        public String code() {
            return "return-exceeds-ordered";
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }

    public static final class ReturnAlreadyReceived extends BusinessRuleViolation {
        public ReturnAlreadyReceived(Object returnId) {
            super("return " + returnId + " has already been received");
        }

        @Override
        public String code() {
            return "return-already-received";
        }
    }

    public static final class DispositionsDoNotMatch extends BusinessRuleViolation {
        public DispositionsDoNotMatch(String detail) {
            super("lines: " + detail);
        }

        @Override
        public String code() {
            return "dispositions-do-not-match";
        }

        @Override
        public String field() {
            return "lines";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }

    public static final class ReturnIdAlreadyUsed extends BusinessRuleViolation {
        public ReturnIdAlreadyUsed(Object returnId) {
            super("returnId " + returnId + " already belongs to a return of another order");
        }

        @Override
        public String code() {
            return "return-id-already-used";
        }
    }
}

package org.openoms.command.order;

import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.platform.web.BusinessRuleViolation;
import org.springframework.http.HttpStatus;

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

    public static final class OrderAlreadyDespatched extends BusinessRuleViolation {
        public OrderAlreadyDespatched(OrderId orderId, String attempted) {
            super("order " + orderId + " has already been despatched and cannot be " + attempted);
        }

        @Override
        public String code() {
            return "order-already-despatched";
        }
    }

    public static final class OrderNotReadyForDespatch extends BusinessRuleViolation {
        public OrderNotReadyForDespatch(OrderId orderId, OrderStatus status) {
            super("order " + orderId + " is " + status + "; only a confirmed order (every line reserved) can be despatched");
        }

        @Override
        public String code() {
            return "order-not-ready-for-despatch";
        }
    }

    public static final class HistoryInTheFuture extends BusinessRuleViolation {
        public HistoryInTheFuture(Object id, java.time.Instant occurredAt) {
            super(id + " cannot be imported from history as of " + occurredAt + ", which is in the future");
        }

        @Override
        public String code() {
            return "history-in-the-future";
        }

        @Override
        public String field() {
            return "history.occurredAt";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }
}

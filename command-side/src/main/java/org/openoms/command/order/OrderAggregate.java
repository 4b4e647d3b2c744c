package org.openoms.command.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.PlaceOrder;

/** An order's life as an event stream: placed → awaiting stock / confirmed → cancelled. */
@Aggregate
class OrderAggregate {

    @AggregateIdentifier
    private OrderId orderId;
    private OrderPlaced placement;
    private OrderStatus status;

    OrderAggregate() {
        // Axon rebuilds the order from its events
    }

    /**
     * Placing is idempotent on the order id: the same order placed again is answered with the
     * original, a different order under a used id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlacementOutcome handle(PlaceOrder command, Clock clock) {
        if (placement != null) {
            if (placement.placedBy(command)) {
                return new PlacementOutcome(placement.orderId().value(), placement.orderNumber(), false);
            }
            throw new OrderRules.OrderIdAlreadyUsed(command.orderId());
        }
        apply(new OrderPlaced(command.orderId(), command.orderNumber(), command.channel(), command.channelOrderRef(),
                command.customer(), command.billingAddress(), command.shippingAddress(), command.lines(),
                command.shippingCharge(), command.adjustments(), command.currency(), command.despatchDeadline(),
                command.deliveryDeadline(), clock.instant()));
        return new PlacementOutcome(command.orderId().value(), command.orderNumber(), true);
    }

    @CommandHandler
    void handle(CancelOrder command, Clock clock) {
        if (status == OrderStatus.CANCELLED) {
            throw new OrderRules.OrderAlreadyCancelled(orderId);
        }
        apply(new OrderCancelled(orderId, command.reason(), clock.instant()));
    }

    /** The fulfilment process may answer after a cancellation; a cancelled order stays cancelled. */
    @CommandHandler
    void handle(ConfirmOrder command, Clock clock) {
        if (status == OrderStatus.PLACED || status == OrderStatus.AWAITING_STOCK) {
            apply(new OrderConfirmed(orderId, clock.instant()));
        }
    }

    @CommandHandler
    void handle(MarkOrderAwaitingStock command, Clock clock) {
        if (status == OrderStatus.PLACED) {
            apply(new OrderAwaitingStock(orderId, command.lines(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        placement = event;
        status = OrderStatus.PLACED;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        status = OrderStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderAwaitingStock event) {
        status = OrderStatus.AWAITING_STOCK;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        status = OrderStatus.CANCELLED;
    }
}

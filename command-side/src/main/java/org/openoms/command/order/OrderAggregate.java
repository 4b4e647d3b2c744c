package org.openoms.command.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.openoms.command.stock.SkuCatalogue;
import org.openoms.kernel.common.Sku;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.openoms.command.cache.AggregateCaches;
import org.openoms.kernel.messaging.AddOrderNote;
import org.openoms.kernel.messaging.CustomerMessageRecorded;
import org.openoms.kernel.messaging.OrderNoteAdded;
import org.openoms.kernel.messaging.RecordCustomerMessage;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.ConfirmOrder;
import org.openoms.kernel.order.DespatchDeadlineEscalated;
import org.openoms.kernel.order.DespatchLight;
import org.openoms.kernel.order.ConfirmDespatchToChannel;
import org.openoms.kernel.order.DespatchConfirmedToChannel;
import org.openoms.kernel.order.MarkOrderDespatched;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.MarkOrderAwaitingStock;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.AllocationRetried;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.PlaceOrder;
import org.openoms.kernel.order.RetryAllocation;

/**
 * An order's life as an event stream: placed → awaiting stock / confirmed → despatched, or cancelled
 * before despatch. Its despatch deadline is watched by two scheduled deadlines (amber, red).
 */
@Aggregate(cache = AggregateCaches.ORDERS)
class OrderAggregate {

    static final String DESPATCH_DEADLINE = "despatch-deadline";

    /** Kept as text: deadlines store the aggregate's id serialised, and a typed id would come back as a map. */
    @AggregateIdentifier
    private String id;
    private OrderId orderId;
    private OrderPlaced placement;
    private OrderStatus status;
    private DespatchLight lastLight;
    private boolean confirmedToChannel;
    private final Set<String> messageIds = new HashSet<>();

    OrderAggregate() {
        // Axon rebuilds the order from its events
    }

    /**
     * Placing is idempotent on the order id: the same order placed again is answered with the
     * original, a different order under a used id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlacementOutcome handle(PlaceOrder command, Clock clock, DeadlineManager deadlines, ZoneId merchantZone,
                            SkuCatalogue catalogue) {
        if (placement != null) {
            if (placement.placedBy(command)) {
                return new PlacementOutcome(placement.orderId().value(), placement.orderNumber(), false);
            }
            throw new OrderRules.OrderIdAlreadyUsed(command.orderId());
        }
        Instant now = clock.instant();
        var history = command.history();
        if (history != null && history.occurredAt().isAfter(now)) {
            throw new OrderRules.HistoryInTheFuture("order " + command.orderId(), history.occurredAt());
        }
        if (history == null) {
            // a typo guard for live entry; history records what was sold then, catalogue or not
            requireKnownSkus(command, catalogue);
        }
        apply(new OrderPlaced(command.orderId(), command.orderNumber(), command.channel(), command.channelOrderRef(),
                command.customer(), command.billingAddress(), command.shippingAddress(), command.lines(),
                command.shippingCharge(), command.adjustments(), command.currency(), command.despatchDeadline(),
                command.deliveryDeadline(), history == null ? now : history.occurredAt(), history));
        if (history == null) {
            Instant deadline = command.despatchDeadline();
            deadlines.schedule(DespatchLight.amberFrom(deadline, merchantZone), DESPATCH_DEADLINE, DespatchLight.AMBER);
            deadlines.schedule(deadline, DESPATCH_DEADLINE, DespatchLight.RED);
        }
        return new PlacementOutcome(command.orderId().value(), command.orderNumber(), true);
    }

    private static void requireKnownSkus(PlaceOrder command, SkuCatalogue catalogue) {
        Set<Sku> known = catalogue.known(command.lines().stream().map(OrderLine::sku).toList());
        for (OrderLine line : command.lines()) {
            if (!known.contains(line.sku())) {
                throw new OrderRules.UnknownSku("lines[" + (line.lineNumber() - 1) + "].sku", line.sku().value());
            }
        }
    }

    /** Customer service asks again for a back order's missing stock; any other order has nothing to ask for. */
    @CommandHandler
    void handle(RetryAllocation command, Clock clock) {
        if (status != OrderStatus.AWAITING_STOCK) {
            throw new OrderRules.OrderNotAwaitingStock(orderId, status);
        }
        apply(new AllocationRetried(orderId, clock.instant()));
    }

    @CommandHandler
    void handle(CancelOrder command, Clock clock, DeadlineManager deadlines) {
        if (status == OrderStatus.CANCELLED) {
            throw new OrderRules.OrderAlreadyCancelled(orderId);
        }
        if (status == OrderStatus.DESPATCHED) {
            throw new OrderRules.OrderAlreadyDespatched(orderId, "cancelled");
        }
        apply(new OrderCancelled(orderId, command.reason(), clock.instant()));
        cancelDeadlines(deadlines);
    }

    @CommandHandler
    void handle(MarkOrderDespatched command, Clock clock, DeadlineManager deadlines) {
        if (status == OrderStatus.DESPATCHED) {
            throw new OrderRules.OrderAlreadyDespatched(orderId, "despatched again");
        }
        if (status != OrderStatus.CONFIRMED) {
            throw new OrderRules.OrderNotReadyForDespatch(orderId, status);
        }
        apply(new OrderDespatched(orderId, command.carrier(), command.trackingNumber(), clock.instant()));
        cancelDeadlines(deadlines);
    }

    /** Once: a confirmation the channel repeats (a retried request it had already taken) changes nothing. */
    @CommandHandler
    void handle(ConfirmDespatchToChannel command, Clock clock) {
        if (status != OrderStatus.DESPATCHED) {
            throw new OrderRules.OrderNotDespatched(orderId);
        }
        if (!confirmedToChannel) {
            apply(new DespatchConfirmedToChannel(orderId, placement.channel(), command.channelReference(),
                    command.carrier(), command.trackingNumber(), clock.instant()));
        }
    }

    /** Messages are kept idempotent by their channel message id: the same message recorded twice is one. */
    @CommandHandler
    void handle(RecordCustomerMessage command) {
        if (!messageIds.contains(command.messageId())) {
            apply(new CustomerMessageRecorded(orderId, command.messageId(), command.direction(), command.channel(),
                    command.sender(), command.subject(), command.body(), command.receivedAt()));
        }
    }

    @CommandHandler
    void handle(AddOrderNote command, Clock clock) {
        apply(new OrderNoteAdded(orderId, command.text(), clock.instant()));
    }

    /** The light is recorded once per change: amber then red, never twice, never after despatch. */
    @DeadlineHandler(deadlineName = DESPATCH_DEADLINE)
    void on(DespatchLight light, Clock clock) {
        boolean awaitingDespatch = status != OrderStatus.DESPATCHED && status != OrderStatus.CANCELLED;
        if (awaitingDespatch && (lastLight == null || light.compareTo(lastLight) > 0)) {
            apply(new DespatchDeadlineEscalated(orderId, light, placement.despatchDeadline(), clock.instant()));
        }
    }

    private static void cancelDeadlines(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DESPATCH_DEADLINE);
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
        id = event.orderId().value();
        orderId = event.orderId();
        placement = event;
        status = event.initialStatus();
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

    @EventSourcingHandler
    void on(CustomerMessageRecorded event) {
        messageIds.add(event.messageId());
    }

    @EventSourcingHandler
    void on(OrderDespatched event) {
        status = OrderStatus.DESPATCHED;
    }

    @EventSourcingHandler
    void on(DespatchConfirmedToChannel event) {
        confirmedToChannel = true;
    }

    @EventSourcingHandler
    void on(DespatchDeadlineEscalated event) {
        lastLight = event.light();
    }
}

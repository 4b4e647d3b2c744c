package org.openoms.projections.search;

import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.springframework.stereotype.Component;

/**
 * Owns the order search index. Every write is versioned by the order event behind it, so a repeated
 * or out-of-date write is refused by Elasticsearch and changes nothing.
 */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
public class OrderSearchProjection {

    public static final String PROCESSING_GROUP = "order-search";

    private final SearchIndexes indexes;

    public OrderSearchProjection(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @EventHandler
    void on(OrderPlaced event, DomainEventMessage<?> cause) {
        var customer = event.customer();
        var document = new OrderSearchDocument(event.orderId().value(), event.orderNumber(), event.channel().name(),
                event.channelOrderRef(), customer.name(), customer.email(), customer.phone(),
                event.lines().stream().map(l -> l.sku().value()).distinct().toList(),
                event.lines().stream().map(OrderLine::description).filter(Objects::nonNull).distinct().toList(),
                event.initialStatus(), event.placedAt().toString(), event.totals().total().amount().toPlainString(),
                event.currency().getCurrencyCode());
        write(document, cause);
    }

    @EventHandler
    void on(OrderConfirmed event, DomainEventMessage<?> cause) {
        changeStatus(event.orderId(), OrderStatus.CONFIRMED, cause);
    }

    @EventHandler
    void on(OrderAwaitingStock event, DomainEventMessage<?> cause) {
        changeStatus(event.orderId(), OrderStatus.AWAITING_STOCK, cause);
    }

    @EventHandler
    void on(OrderCancelled event, DomainEventMessage<?> cause) {
        changeStatus(event.orderId(), OrderStatus.CANCELLED, cause);
    }

    @EventHandler
    void on(OrderDespatched event, DomainEventMessage<?> cause) {
        changeStatus(event.orderId(), OrderStatus.DESPATCHED, cause);
    }

    @ResetHandler
    void reset() {
        indexes.deleteOrders();
    }

    private void changeStatus(OrderId orderId, OrderStatus status, DomainEventMessage<?> cause) {
        indexes.current(indexes.ensureOrders(), orderId.value(), OrderSearchDocument.class)
                .ifPresent(document -> write(document.withStatus(status), cause));
    }

    private void write(OrderSearchDocument document, DomainEventMessage<?> cause) {
        indexes.writeVersioned(indexes.ensureOrders(), document.orderId(), document, cause);
    }
}

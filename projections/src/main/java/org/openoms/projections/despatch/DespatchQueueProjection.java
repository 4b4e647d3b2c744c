package org.openoms.projections.despatch;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.stock.StockReserved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Owns {@code despatch_queue}: every order placed and neither despatched nor cancelled. */
@Component
@ProcessingGroup(DespatchQueueProjection.PROCESSING_GROUP)
public class DespatchQueueProjection {

    public static final String PROCESSING_GROUP = "despatch-queue";

    private final JdbcTemplate jdbc;

    public DespatchQueueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlaced event) {
        if (event.historical()) {
            return;
        }
        jdbc.update("""
                INSERT INTO despatch_queue (order_id, order_number, customer_name, channel, location, status,
                                            despatch_deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                event.orderId().value(), event.orderNumber(), event.customer().name(), event.channel().name(),
                LocationId.DEFAULT.value(), OrderStatus.PLACED.name(), Timestamp.from(event.despatchDeadline()));
    }

    /** The queue is per location: an order waits where its stock is held. */
    @EventHandler
    void on(StockReserved event) {
        jdbc.update("UPDATE despatch_queue SET location = ? WHERE order_id = ?",
                event.stockItemId().location().value(), event.orderId().value());
    }

    @EventHandler
    void on(OrderConfirmed event) {
        status(event.orderId().value(), OrderStatus.CONFIRMED);
    }

    @EventHandler
    void on(OrderAwaitingStock event) {
        status(event.orderId().value(), OrderStatus.AWAITING_STOCK);
    }

    @EventHandler
    void on(OrderDespatched event) {
        jdbc.update("DELETE FROM despatch_queue WHERE order_id = ?", event.orderId().value());
    }

    @EventHandler
    void on(OrderCancelled event) {
        jdbc.update("DELETE FROM despatch_queue WHERE order_id = ?", event.orderId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE despatch_queue");
    }

    private void status(String orderId, OrderStatus status) {
        jdbc.update("UPDATE despatch_queue SET status = ? WHERE order_id = ?", status.name(), orderId);
    }
}

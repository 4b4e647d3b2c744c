package org.openoms.projections.stock;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.openoms.kernel.stock.StockAdjusted;
import org.openoms.kernel.stock.StockIssued;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.kernel.stock.StockQuarantined;
import org.openoms.kernel.stock.StockReceived;
import org.openoms.kernel.stock.StockReservationReleased;
import org.openoms.kernel.stock.StockReserved;
import org.openoms.kernel.stock.StockReturned;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Owns {@code stock_levels}: on hand, reserved and quarantined per SKU and location. */
@Component
@ProcessingGroup(StockLevelProjection.PROCESSING_GROUP)
public class StockLevelProjection {

    public static final String PROCESSING_GROUP = "stock-levels";

    private final JdbcTemplate jdbc;

    public StockLevelProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StockReceived event, EventMessage<?> message) {
        change(event.stockItemId(), event.quantity(), 0, message);
    }

    @EventHandler
    void on(StockAdjusted event, EventMessage<?> message) {
        change(event.stockItemId(), event.delta(), 0, message);
    }

    @EventHandler
    void on(StockReserved event, EventMessage<?> message) {
        change(event.stockItemId(), 0, event.quantity(), message);
    }

    @EventHandler
    void on(StockReservationReleased event, EventMessage<?> message) {
        change(event.stockItemId(), 0, -event.quantity(), message);
    }

    @EventHandler
    void on(StockIssued event, EventMessage<?> message) {
        change(event.stockItemId(), -event.quantity(), -event.quantity(), message);
    }

    @EventHandler
    void on(StockReturned event, EventMessage<?> message) {
        change(event.stockItemId(), event.quantity(), 0, message);
    }

    @EventHandler
    void on(StockQuarantined event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO stock_levels (sku, location, on_hand, reserved, quarantined, updated_at)
                VALUES (?, ?, 0, 0, ?, ?)
                ON CONFLICT (sku, location) DO UPDATE SET quarantined = stock_levels.quarantined + EXCLUDED.quarantined,
                    updated_at = EXCLUDED.updated_at""",
                event.stockItemId().sku().value(), event.stockItemId().location().value(), event.quantity(),
                Timestamp.from(message.getTimestamp()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE stock_levels");
    }

    private void change(StockItemId id, int onHandDelta, int reservedDelta, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO stock_levels (sku, location, on_hand, reserved, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sku, location) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand,
                    reserved = stock_levels.reserved + EXCLUDED.reserved, updated_at = EXCLUDED.updated_at""",
                id.sku().value(), id.location().value(), onHandDelta, reservedDelta,
                Timestamp.from(message.getTimestamp()));
    }
}

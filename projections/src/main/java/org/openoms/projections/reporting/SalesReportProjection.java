package org.openoms.projections.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.returns.ReturnCompleted;
import org.openoms.kernel.returns.ReturnReceived;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Owns {@code sales_orders} and {@code sales_facts}. Revenue is what the customer pays (goods, shipping
 * and surcharges less discounts); a cancellation takes the whole order back on the day it happens; a
 * refund takes back its amount and the returned units on the day the return completes.
 */
@Component
@ProcessingGroup(SalesReportProjection.PROCESSING_GROUP)
public class SalesReportProjection {

    public static final String PROCESSING_GROUP = "sales-report";

    private final JdbcTemplate jdbc;
    private final ZoneId merchantZone;

    public SalesReportProjection(JdbcTemplate jdbc, ZoneId merchantZone) {
        this.jdbc = jdbc;
        this.merchantZone = merchantZone;
    }

    @EventHandler
    void on(OrderPlaced event, EventMessage<?> message) {
        long units = event.lines().stream().mapToLong(OrderLine::quantity).sum();
        BigDecimal revenue = event.totals().total().amount();
        String currency = event.currency().getCurrencyCode();
        jdbc.update("""
                INSERT INTO sales_orders (order_id, order_number, channel, currency, units, revenue)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                event.orderId().value(), event.orderNumber(), event.channel().name(), currency, units, revenue);
        fact(message, event.orderId().value(), "ORDER", event.placedAt(), event.channel().name(), currency,
                SalesDelta.placed(units, revenue));
    }

    @EventHandler
    void on(OrderCancelled event, EventMessage<?> message) {
        order(event.orderId().value()).ifPresent(order -> fact(message, event.orderId().value(), "CANCELLATION",
                event.cancelledAt(), (String) order.get("channel"), ((String) order.get("currency")).strip(),
                SalesDelta.cancelled(((Number) order.get("units")).longValue(), (BigDecimal) order.get("revenue"))));
    }

    /** Returned units count when the return completes, with its refund; remembered until then. */
    @EventHandler
    void on(ReturnReceived event) {
        long units = event.lines().stream().mapToLong(ReturnReceived.Line::quantity).sum();
        jdbc.update("INSERT INTO sales_returns (return_id, units) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.returnId().value(), units);
    }

    @EventHandler
    void on(ReturnCompleted event, EventMessage<?> message) {
        List<Long> units = jdbc.queryForList("SELECT units FROM sales_returns WHERE return_id = ?", Long.class,
                event.returnId().value());
        order(event.orderId().value()).ifPresent(order -> fact(message, event.orderId().value(), "REFUND",
                event.completedAt(), (String) order.get("channel"), event.refund().currency().getCurrencyCode(),
                SalesDelta.refunded(units.isEmpty() ? 0 : units.get(0), event.refund().amount())));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE sales_facts, sales_orders, sales_returns");
    }

    private java.util.Optional<Map<String, Object>> order(String orderId) {
        return jdbc.queryForList("SELECT channel, currency, units, revenue FROM sales_orders WHERE order_id = ?", orderId)
                .stream().findFirst();
    }

    private void fact(EventMessage<?> message, String orderId, String kind, Instant at, String channel, String currency,
                      SalesDelta delta) {
        LocalDate day = LocalDate.ofInstant(at, merchantZone);
        jdbc.update("""
                INSERT INTO sales_facts (event_id, order_id, kind, occurred_at, day, channel, currency, orders, units,
                                         revenue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                message.getIdentifier(), orderId, kind, Timestamp.from(at), Date.valueOf(day), channel, currency, delta.orders(),
                delta.units(), delta.revenue());
    }
}

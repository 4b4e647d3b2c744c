package org.openoms.command.returns;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.returns.ReturnRequested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own lookup of returnable quantities, written by a subscribing handler inside the
 * transaction that appends each order and return event, so it never lags the event store.
 */
@Component
@ProcessingGroup(JdbcReturnableOrders.PROCESSING_GROUP)
public class JdbcReturnableOrders implements ReturnableOrders {

    public static final String PROCESSING_GROUP = "returnable-orders";

    private final JdbcTemplate jdbc;

    public JdbcReturnableOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReturnableOrder> lockForReturn(OrderId orderId) {
        List<String> status = jdbc.queryForList("SELECT status FROM returnable_order WHERE order_id = ? FOR UPDATE",
                String.class, orderId.value());
        if (status.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Line> lines = new TreeMap<>();
        jdbc.query("""
                SELECT line_number, sku, unit_price, currency, ordered, returned FROM returnable_line
                WHERE order_id = ?""", rs -> {
            lines.put(rs.getInt(1), new Line(rs.getInt(1), new Sku(rs.getString(2)),
                    new Money(rs.getBigDecimal(3), Currency.getInstance(rs.getString(4))), rs.getInt(5), rs.getInt(6)));
        }, orderId.value());
        return Optional.of(new ReturnableOrder(OrderStatus.valueOf(status.get(0)), lines));
    }

    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("INSERT INTO returnable_order (order_id, status) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.orderId().value(), event.initialStatus().name());
        jdbc.batchUpdate("""
                INSERT INTO returnable_line (order_id, line_number, sku, unit_price, currency, ordered, returned)
                VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""",
                event.lines().stream().map(line -> new Object[]{event.orderId().value(), line.lineNumber(),
                        line.sku().value(), line.unitPrice().amount(), line.unitPrice().currency().getCurrencyCode(),
                        line.quantity()}).toList());
    }

    @EventHandler
    void on(OrderConfirmed event) {
        status(event.orderId(), OrderStatus.CONFIRMED);
    }

    @EventHandler
    void on(OrderAwaitingStock event) {
        status(event.orderId(), OrderStatus.AWAITING_STOCK);
    }

    @EventHandler
    void on(OrderDespatched event) {
        status(event.orderId(), OrderStatus.DESPATCHED);
    }

    @EventHandler
    void on(OrderCancelled event) {
        status(event.orderId(), OrderStatus.CANCELLED);
    }

    @EventHandler
    void on(ReturnRequested event) {
        for (ReturnRequested.Line line : event.lines()) {
            jdbc.update("UPDATE returnable_line SET returned = returned + ? WHERE order_id = ? AND line_number = ?",
                    line.quantity(), event.orderId().value(), line.lineNumber());
        }
    }

    private void status(OrderId orderId, OrderStatus status) {
        jdbc.update("UPDATE returnable_order SET status = ? WHERE order_id = ?", status.name(), orderId.value());
    }
}

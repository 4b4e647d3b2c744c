package org.openoms.projections.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.openoms.kernel.order.BackOrderedLine;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderCancelled;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.OrderDetail;
import org.openoms.kernel.order.query.OrderDetail.LineStock;
import org.openoms.kernel.stock.StockReservationReleased;
import org.openoms.kernel.stock.StockReserved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Owns {@code orders} and {@code order_lines}: the order list, its filters and each order's detail. */
@Component
@ProcessingGroup(OrderListProjection.PROCESSING_GROUP)
public class OrderListProjection {

    public static final String PROCESSING_GROUP = "order-list";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public OrderListProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OrderPlaced event) {
        var totals = event.totals();
        List<OrderDetail.Line> lines = new ArrayList<>();
        for (OrderLine line : event.lines()) {
            lines.add(new OrderDetail.Line(line.lineNumber(), line.sku().value(), line.description(), line.quantity(),
                    line.unitPrice(), line.lineTotal(), null, LineStock.PENDING));
        }
        var detail = new OrderDetail(event.orderId().value(), event.orderNumber(), event.channel(),
                event.channelOrderRef(), event.initialStatus(), event.customer(), event.billingAddress(),
                event.shippingAddress(), lines, event.shippingCharge(), event.adjustments(), totals, event.placedAt(),
                event.despatchDeadline(), event.deliveryDeadline(), null, null, null, null);
        jdbc.update("""
                INSERT INTO orders (order_id, order_number, channel, channel_order_ref, customer_name, customer_email,
                                    status, total_amount, currency, placed_at, despatch_deadline, delivery_deadline, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (order_id) DO NOTHING""",
                detail.orderId(), detail.orderNumber(), detail.channel().name(), detail.channelOrderRef(),
                detail.customer().name(), detail.customer().email(), detail.status().name(),
                totals.total().amount(), event.currency().getCurrencyCode(), ts(event.placedAt()),
                ts(event.despatchDeadline()), ts(event.deliveryDeadline()), write(detail));
        jdbc.batchUpdate("""
                INSERT INTO order_lines (order_id, line_number, sku, description, quantity, unit_price, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.lines().stream().map(line -> new Object[]{event.orderId().value(), line.lineNumber(),
                        line.sku().value(), line.description(), line.quantity(), line.unitPrice().amount(),
                        line.unitPrice().currency().getCurrencyCode()}).toList());
    }

    @EventHandler
    void on(OrderConfirmed event) {
        update(event.orderId().value(), d -> withStatus(d, OrderStatus.CONFIRMED, event.confirmedAt(), d.cancelledAt(),
                d.cancellationReason(), d.despatch()));
    }

    @EventHandler
    void on(OrderAwaitingStock event) {
        update(event.orderId().value(), d -> {
            OrderDetail detail = d;
            for (BackOrderedLine line : event.lines()) {
                detail = withLineStock(detail, line.lineNumber(), line.location().value(), LineStock.BACK_ORDERED);
            }
            return withStatus(detail, OrderStatus.AWAITING_STOCK, d.confirmedAt(), d.cancelledAt(),
                    d.cancellationReason(), d.despatch());
        });
    }

    @EventHandler
    void on(OrderCancelled event) {
        update(event.orderId().value(), d -> withStatus(d, OrderStatus.CANCELLED, d.confirmedAt(), event.cancelledAt(),
                event.reason(), d.despatch()));
    }

    @EventHandler
    void on(OrderDespatched event) {
        update(event.orderId().value(), d -> withStatus(d, OrderStatus.DESPATCHED, d.confirmedAt(), d.cancelledAt(),
                d.cancellationReason(), new OrderDetail.Despatch(event.carrier(), event.trackingNumber(),
                        event.despatchedAt())));
    }

    @EventHandler
    void on(StockReserved event) {
        updateLine(event.orderId().value(), event.lineNumber(), event.stockItemId().location().value(),
                LineStock.RESERVED);
    }

    @EventHandler
    void on(StockReservationReleased event) {
        updateLine(event.orderId().value(), event.lineNumber(), event.stockItemId().location().value(),
                LineStock.RELEASED);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE order_lines, orders");
    }

    private void updateLine(String orderId, int lineNumber, String location, LineStock stock) {
        update(orderId, detail -> withLineStock(detail, lineNumber, location, stock));
    }

    private void update(String orderId, UnaryOperator<OrderDetail> change) {
        List<String> found = jdbc.queryForList("SELECT detail::text FROM orders WHERE order_id = ? FOR UPDATE",
                String.class, orderId);
        if (found.isEmpty()) {
            return;
        }
        OrderDetail changed = change.apply(read(found.get(0)));
        jdbc.update("UPDATE orders SET status = ?, detail = ?::jsonb WHERE order_id = ?",
                changed.status().name(), write(changed), orderId);
    }

    /** The order's state after a change of status; everything placed stays as placed. */
    private static OrderDetail withStatus(OrderDetail d, OrderStatus status, Instant confirmedAt, Instant cancelledAt,
                                          String cancellationReason, OrderDetail.Despatch despatch) {
        return new OrderDetail(d.orderId(), d.orderNumber(), d.channel(), d.channelOrderRef(), status, d.customer(),
                d.billingAddress(), d.shippingAddress(), d.lines(), d.shippingCharge(), d.adjustments(), d.totals(),
                d.placedAt(), d.despatchDeadline(), d.deliveryDeadline(), confirmedAt, cancelledAt, cancellationReason,
                despatch);
    }

    private static OrderDetail withLineStock(OrderDetail d, int lineNumber, String location, LineStock stock) {
        var lines = new ArrayList<>(d.lines());
        lines.replaceAll(line -> line.lineNumber() == lineNumber ? line.withStock(location, stock) : line);
        return new OrderDetail(d.orderId(), d.orderNumber(), d.channel(), d.channelOrderRef(), d.status(),
                d.customer(), d.billingAddress(), d.shippingAddress(), List.copyOf(lines), d.shippingCharge(),
                d.adjustments(), d.totals(), d.placedAt(), d.despatchDeadline(), d.deliveryDeadline(),
                d.confirmedAt(), d.cancelledAt(), d.cancellationReason(), d.despatch());
    }

    private String write(OrderDetail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write order detail " + detail.orderId(), e);
        }
    }

    private OrderDetail read(String text) {
        try {
            return json.readValue(text, OrderDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored order detail", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

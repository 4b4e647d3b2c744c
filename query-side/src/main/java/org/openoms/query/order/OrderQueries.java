package org.openoms.query.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.common.Money;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.FindOrder;
import org.openoms.kernel.order.query.FindOrderTimeline;
import org.openoms.kernel.order.query.FindOrders;
import org.openoms.kernel.order.query.OrderDetail;
import org.openoms.kernel.order.query.OrderPage;
import org.openoms.kernel.order.query.OrderSummary;
import org.openoms.kernel.order.query.OrderTimeline;
import org.openoms.kernel.order.query.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers order queries from the order-list and order-timeline read models. */
@Component
public class OrderQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public OrderQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    public OrderPage handle(FindOrders query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND o.status = ?");
            args.add(query.status().name());
        }
        if (query.channel() != null) {
            where.append(" AND o.channel = ?");
            args.add(query.channel().name());
        }
        if (query.customer() != null && !query.customer().isBlank()) {
            where.append(" AND (o.customer_name ILIKE ? OR o.customer_email ILIKE ?)");
            String pattern = "%" + escapeLike(query.customer().strip()) + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (query.sku() != null && !query.sku().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id AND l.sku = ?)");
            args.add(query.sku().strip());
        }
        if (query.placedFrom() != null) {
            where.append(" AND o.placed_at >= ?");
            args.add(Timestamp.from(query.placedFrom()));
        }
        if (query.placedTo() != null) {
            where.append(" AND o.placed_at < ?");
            args.add(Timestamp.from(query.placedTo()));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM orders o" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<OrderSummary> items = jdbc.query("""
                SELECT o.order_id, o.order_number, o.channel, o.channel_order_ref, o.customer_name, o.customer_email,
                       o.status, o.total_amount, o.currency, o.placed_at, o.despatch_deadline
                FROM orders o""" + where + " ORDER BY o.placed_at DESC, o.order_id LIMIT ? OFFSET ?",
                (rs, n) -> summary(rs), pageArgs.toArray());
        return new OrderPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    public Optional<OrderDetail> handle(FindOrder query) {
        return jdbc.queryForList("SELECT detail::text FROM orders WHERE order_id = ?", String.class, query.orderId())
                .stream().findFirst().map(this::detail);
    }

    @QueryHandler
    public OrderTimeline handle(FindOrderTimeline query) {
        List<TimelineEntry> entries = jdbc.query("""
                SELECT position, occurred_at, event_type, summary, actor, reason, correlation_id, payload::text
                FROM order_timeline WHERE order_id = ? ORDER BY occurred_at, position""",
                (rs, n) -> new TimelineEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), tree(rs.getString(8))),
                query.orderId());
        return new OrderTimeline(query.orderId(), entries);
    }

    /** Amounts stay exact decimals (spring.jackson.deserialization.use-big-decimal-for-floats). */
    private JsonNode tree(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline payload is not JSON", e);
        }
    }

    private static OrderSummary summary(ResultSet rs) throws SQLException {
        return new OrderSummary(rs.getString("order_id"), rs.getString("order_number"),
                Channel.valueOf(rs.getString("channel")), rs.getString("channel_order_ref"),
                rs.getString("customer_name"), rs.getString("customer_email"),
                OrderStatus.valueOf(rs.getString("status")),
                new Money(rs.getBigDecimal("total_amount"), Currency.getInstance(rs.getString("currency").strip())),
                rs.getTimestamp("placed_at").toInstant(), rs.getTimestamp("despatch_deadline").toInstant());
    }

    private OrderDetail detail(String text) {
        try {
            return json.readValue(text, OrderDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored order detail", e);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.openoms.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.FindDespatchQueue;
import org.openoms.query.despatch.DespatchQueueQueries;
import org.openoms.platform.processing.PeriodicTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a manager watches, as gauges for the monitoring stack: orders by status (awaiting stock among them), the
 * despatch queue by location and light (lit against the clock, as the queue's own page lights it), and the
 * customers waiting for a reply. Counted from the read models every {@code oms.metrics.business-every}.
 */
@Component
class BusinessGauges extends PeriodicTask {

    private final JdbcTemplate jdbc;
    private final DespatchQueueQueries despatchQueue;
    private final MultiGauge orders;
    private final MultiGauge despatch;
    private final Clock clock;
    private final AtomicLong awaitingReply = new AtomicLong();
    private final AtomicLong oldestUnansweredSeconds = new AtomicLong();
    private final AtomicLong urgentConversations = new AtomicLong();
    private final Duration urgentAfter;

    BusinessGauges(JdbcTemplate jdbc, DespatchQueueQueries despatchQueue, MeterRegistry registry, Clock clock,
                   @Value("${oms.metrics.business-every:PT5S}") Duration every,
                   @Value("${oms.inbox.urgent-after:PT24H}") Duration urgentAfter) {
        super("business-gauges", every);
        this.jdbc = jdbc;
        this.clock = clock;
        this.urgentAfter = urgentAfter;
        this.despatchQueue = despatchQueue;
        this.orders = MultiGauge.builder("oms.orders").description("orders by status").register(registry);
        this.despatch = MultiGauge.builder("oms.despatch.queue.orders")
                .description("orders waiting for despatch by location and light").register(registry);
        Gauge.builder("oms.messages.awaiting.reply", awaitingReply, AtomicLong::get)
                .description("orders whose customer's last message is not answered").register(registry);
        Gauge.builder("oms.messages.oldest.unanswered", oldestUnansweredSeconds, AtomicLong::get).baseUnit("seconds")
                .description("how long the oldest unanswered customer message has waited (0: none waits)")
                .register(registry);
        Gauge.builder("oms.inbox.urgent", urgentConversations, AtomicLong::get)
                .description("customers waiting with a word of trouble, too long, or writing again after an answer")
                .register(registry);
    }

    @Override
    protected void runOnce() {
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.query("SELECT status, count(*) FROM orders GROUP BY status",
                rs -> { byStatus.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        orders.register(byStatus.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("status", e.getKey().name()), e.getValue()))
                .toList(), true);
        List<MultiGauge.Row<?>> lights = new ArrayList<>();
        despatchQueue.handle(new FindDespatchQueue(null, null)).counts().forEach((location, counts) ->
                counts.forEach((light, n) -> lights.add(MultiGauge.Row.of(
                        Tags.of("location", location, "light", light.name()), n))));
        despatch.register(lights, true);
        jdbc.query("SELECT count(*), min(since) FROM awaiting_reply", rs -> {
            awaitingReply.set(rs.getLong(1));
            Timestamp oldest = rs.getTimestamp(2);
            oldestUnansweredSeconds.set(oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
        });
        urgentConversations.set(jdbc.queryForObject("""
                SELECT count(*) FROM inbox_conversations WHERE waiting_since IS NOT NULL
                  AND (keywords IS NOT NULL OR waiting_since < ? OR replied_after_answer)""", Long.class,
                Timestamp.from(clock.instant().minus(urgentAfter))));
    }
}

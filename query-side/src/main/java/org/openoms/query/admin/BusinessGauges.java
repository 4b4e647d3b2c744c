package org.openoms.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.FindDespatchQueue;
import org.openoms.query.despatch.DespatchQueueQueries;
import org.openoms.platform.processing.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a manager watches, as gauges for the monitoring stack: orders by status, and the despatch queue by
 * location and light (lit against the clock, as the queue's own page lights it). Counted from the read models
 * every {@code oms.metrics.business-every}, not at each scrape, so a scrape never waits on a query.
 */
@Component
class BusinessGauges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessGauges.class);

    private final JdbcTemplate jdbc;
    private final DespatchQueueQueries despatchQueue;
    private final Duration every;
    private final MultiGauge orders;
    private final MultiGauge despatch;
    private ScheduledExecutorService counter;

    BusinessGauges(JdbcTemplate jdbc, DespatchQueueQueries despatchQueue, MeterRegistry registry,
                   @Value("${oms.metrics.business-every:PT5S}") Duration every) {
        this.jdbc = jdbc;
        this.despatchQueue = despatchQueue;
        this.every = every;
        this.orders = MultiGauge.builder("oms.orders").description("orders by status").register(registry);
        this.despatch = MultiGauge.builder("oms.despatch.queue.orders")
                .description("orders waiting for despatch by location and light").register(registry);
    }

    void count() {
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
    }

    @Override
    public void start() {
        counter = Background.thread("business-gauges");
        counter.scheduleWithFixedDelay(() -> {
            try {
                count();
            } catch (RuntimeException e) {
                // the last counts stay until the read models answer again
                LOG.debug("business gauges not counted: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        counter.shutdownNow();
        counter = null;
    }

    @Override
    public boolean isRunning() {
        return counter != null;
    }
}

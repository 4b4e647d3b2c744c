package org.openoms.command.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.openoms.platform.processing.PeriodicTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the processes of the command side hold: running sagas by type (an order's fulfilment lives until it is
 * despatched or cancelled), deadlines waiting to fire (despatch lights), and deadlines overdue by more than a
 * minute, which means no instance's scheduler is firing them.
 */
@Component
class ProcessGauges extends PeriodicTask {

    private final JdbcTemplate jdbc;
    private final MultiGauge sagas;
    private final AtomicLong scheduled = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    ProcessGauges(JdbcTemplate jdbc, MeterRegistry registry,
                  @Value("${oms.metrics.business-every:PT5S}") Duration every) {
        super("process-gauges", every);
        this.jdbc = jdbc;
        this.sagas = MultiGauge.builder("oms.sagas").description("running sagas by type").register(registry);
        Gauge.builder("oms.deadlines.scheduled", scheduled, AtomicLong::get)
                .description("deadlines waiting to fire").register(registry);
        Gauge.builder("oms.deadlines.overdue", overdue, AtomicLong::get)
                .description("deadlines more than a minute past their time and not fired").register(registry);
    }

    @Override
    protected void runOnce() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.query("SELECT saga_type, count(*) FROM saga_entry GROUP BY saga_type", rs -> {
            String type = rs.getString(1);
            rows.add(MultiGauge.Row.of(Tags.of("type", type.substring(type.lastIndexOf('.') + 1)), rs.getLong(2)));
        });
        sagas.register(rows, true);
        jdbc.query("""
                SELECT count(*), count(*) FILTER (WHERE execution_time < now() - interval '1 minute')
                FROM scheduled_tasks""", rs -> {
            scheduled.set(rs.getLong(1));
            overdue.set(rs.getLong(2));
        });
    }
}

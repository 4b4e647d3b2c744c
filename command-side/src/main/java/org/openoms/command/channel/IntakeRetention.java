package org.openoms.command.channel;

import java.time.Duration;
import org.openoms.platform.processing.PeriodicTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the intake log from growing without end: a delivery that repeated an order already placed, or that the
 * OMS did not act on, is dropped after {@code oms.channels.keep-repeats-for} (90 days). Placed, cancelled and
 * waiting deliveries stay: they are what a person may need to look at again.
 */
@Component
class IntakeRetention extends PeriodicTask {

    private final JdbcTemplate jdbc;
    private final Duration keep;

    IntakeRetention(JdbcTemplate jdbc, @Value("${oms.channels.keep-repeats-for:P90D}") Duration keep) {
        super("intake-retention", Duration.ofHours(1));
        this.jdbc = jdbc;
        this.keep = keep;
    }

    @Override
    protected void runOnce() {
        jdbc.update("""
                DELETE FROM channel_intake WHERE outcome IN ('REPEATED', 'IGNORED')
                  AND received_at < now() - make_interval(secs => ?)""", (double) keep.toSeconds());
    }
}

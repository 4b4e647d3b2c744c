package org.openoms.query.admin;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * DEGRADED while any projection is stuck (retrying, or standing still behind the head, for longer than
 * {@code oms.projections.stuck-after}): queries still answer, but from read models that no longer move.
 * Reads the monitor's last sample, so it answers at once whatever the database does.
 */
@Component("projections")
public class ProjectionsHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "answers, but part of the read side is behind or unavailable");
    private static final Duration STALE = Duration.ofSeconds(30);

    private final ProjectionMonitor monitor;
    private final Clock clock;

    public ProjectionsHealth(ProjectionMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var sampledAt = monitor.sampledAt();
        if (sampledAt == null || sampledAt.plus(STALE).isBefore(clock.instant())) {
            return Health.unknown().withDetail("reason", "no recent sample of the projections").build();
        }
        var stuck = monitor.latest().stream().filter(ProjectionStatus::stuck).toList();
        Health.Builder health = stuck.isEmpty() ? Health.up() : Health.status(DEGRADED);
        health.withDetail("sampledAt", sampledAt.toString());
        stuck.forEach(p -> health.withDetail(p.name(), p.inErrorRetry()
                ? "retrying since " + p.errorSince() + ": " + p.error()
                : "no progress since " + p.stuckSince() + ", " + p.eventsBehind() + " events behind"));
        return health.build();
    }
}

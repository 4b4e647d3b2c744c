package org.openoms.query.admin;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * DEGRADED while any projection is stuck (retrying, or standing still behind the head, for longer than
 * {@code oms.projections.stuck-after}) or holds parked events: queries still answer, but from read models
 * that no longer move, or that miss some orders' latest events.
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
        var troubled = monitor.latest().stream().filter(p -> p.stuck() || p.parkedEvents() > 0).toList();
        Health.Builder health = troubled.isEmpty() ? Health.up() : Health.status(DEGRADED);
        health.withDetail("sampledAt", sampledAt.toString());
        troubled.forEach(p -> health.withDetail(p.name(), !p.stuck() ? p.parkedEvents() + " events parked"
                : p.inErrorRetry() ? "retrying since " + p.errorSince() + ": " + p.error()
                : "no progress since " + p.stuckSince() + ", " + p.eventsBehind() + " events behind"));
        return health.build();
    }
}

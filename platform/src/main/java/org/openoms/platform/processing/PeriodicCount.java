package org.openoms.platform.processing;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Gauges counted from the database every few seconds on a thread of their own, not at each scrape, so a
 * scrape never waits on a query. Until the database answers again the last counts stay.
 */
public abstract class PeriodicCount implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicCount.class);

    private final String name;
    private final Duration every;
    private ScheduledExecutorService counter;

    protected PeriodicCount(String name, Duration every) {
        this.name = name;
        this.every = every;
    }

    /** Counts once and sets the gauges. */
    protected abstract void count();

    @Override
    public void start() {
        counter = Background.thread(name);
        counter.scheduleWithFixedDelay(() -> {
            try {
                count();
            } catch (RuntimeException e) {
                LOG.debug("{} not counted: {}", name, e.toString());
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

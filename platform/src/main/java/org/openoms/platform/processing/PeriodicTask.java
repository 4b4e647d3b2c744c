package org.openoms.platform.processing;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work done every few seconds on a thread of its own: gauges counted from the database (not at each scrape,
 * so a scrape never waits on a query), messages to outside systems sent. A round that fails is logged and
 * the next one tries again; gauges keep their last counts meanwhile.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration every;
    private ScheduledExecutorService counter;

    protected PeriodicTask(String name, Duration every) {
        this.name = name;
        this.every = every;
    }

    /** One round of the work. */
    protected abstract void runOnce();

    @Override
    public void start() {
        counter = Background.thread(name);
        counter.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.debug("{}: round failed: {}", name, e.toString());
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

package org.openoms.platform.processing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A named single thread for periodic work that must never keep the JVM alive on shutdown. */
public final class Background {

    private Background() {
    }

    public static ScheduledExecutorService thread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}

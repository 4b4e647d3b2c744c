package org.openoms.command.channel;

import java.time.Duration;

/** A platform did not do what was asked: it is tried again later, after {@code retryAfter} when the platform said. */
public final class ChannelUnavailable extends Exception {

    private final transient Duration retryAfter;

    public ChannelUnavailable(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** How long to leave the platform alone after its {@code failures}-th failure: doubling to an hour, or as it said. */
    public static Duration waitAfter(int failures, Duration retryAfter) {
        return retryAfter != null ? retryAfter : Duration.ofSeconds(Math.min(3600, 1L << Math.min(failures, 12)));
    }
}

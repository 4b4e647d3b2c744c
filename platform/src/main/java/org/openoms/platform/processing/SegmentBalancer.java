package org.openoms.platform.processing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each pooled processor's segments fairly among the running instances of one application. Pooled
 * processors do not share by themselves: the first instance claims every segment and keeps it.
 * <p>
 * Every instance heartbeats a row in {@code processor_node}, in its application's own schema, and counts the
 * rows seen within the token claim timeout: a killed instance stops counting when its claims expire, so the
 * others then take its segments. Each processor's coordinator asks {@link #getMaxSegments} once per claim
 * cycle and (Axon 4.13) releases the segments it holds above the answer, which the other instances claim.
 */
public class SegmentBalancer implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final Duration expiry;
    /** As Axon names a token's owner, so {@code processor_node} and {@code token_entry} can be read together. */
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    /** Segment count by processor, for the processors that have asked. */
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int liveNodes = 1;
    private ScheduledExecutorService heartbeat;

    /** {@code expiry}: how long an instance counts as alive after its last heartbeat (the token claim timeout). */
    public SegmentBalancer(JdbcTemplate jdbc, TokenStore tokenStore, TransactionManager transactions, Duration expiry) {
        this.jdbc = jdbc;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.expiry = expiry;
    }

    @Override
    public int getMaxSegments(String processorName) {
        return fairShare(segments.computeIfAbsent(processorName, name -> 0), liveNodes);
    }

    /** Enough for every segment to have a claimant; no limit while the count is unknown (the first start creates them). */
    static int fairShare(int segments, int liveNodes) {
        if (segments == 0) {
            return Short.MAX_VALUE;
        }
        int nodes = Math.max(1, liveNodes);
        return (segments + nodes - 1) / nodes;
    }

    void beat() {
        try {
            jdbc.update("""
                    INSERT INTO processor_node (node_id, last_seen) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET last_seen = excluded.last_seen""", nodeId);
            // database time on both sides of the comparison: instances on other machines need no synchronised clocks
            jdbc.update("DELETE FROM processor_node WHERE last_seen < now() - ? * interval '1 millisecond'",
                    expiry.toMillis());
            Integer nodes = jdbc.queryForObject("SELECT count(*) FROM processor_node", Integer.class);
            for (String processor : segments.keySet()) {
                segments.put(processor, transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor).length));
            }
            if (nodes != null && nodes != liveNodes) {
                LOG.info("{} live instances share the event processors' segments", nodes);
                liveNodes = nodes;
            }
        } catch (RuntimeException e) {
            // the last known share holds until the database answers again
            LOG.warn("segment balancing heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        heartbeat = Background.thread("segment-balancer");
        // five beats per expiry: a pause of a beat or two does not make an instance look dead
        long period = Math.max(100, expiry.toMillis() / 5);
        heartbeat.scheduleWithFixedDelay(this::beat, 0, period, TimeUnit.MILLISECONDS);
    }

    /** Leaving on purpose: the others need not wait for the expiry to take a larger share. */
    @Override
    public void stop() {
        heartbeat.shutdownNow();
        heartbeat = null;
        try {
            jdbc.update("DELETE FROM processor_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            LOG.warn("could not sign off from segment balancing: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }
}

package org.openoms.query.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.openoms.platform.processing.Background;
import org.openoms.projections.processing.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Watches every projection: where its committed tokens stand against the head of the event store, whether
 * it is retrying a failure, and whether it has stopped moving. Health reads the last sample, so a probe
 * never waits on the database; the admin endpoint takes a fresh one.
 */
@Component
public class ProjectionMonitor implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMonitor.class);
    private static final int SHOWN_PARKED = 20;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final Clock clock;
    private final ProcessorFailures failures;
    private final Duration stuckAfter;
    private final Duration sampleEvery;
    private final boolean eventsInPostgres;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private volatile List<ProjectionStatus> latest = List.of();
    private final Map<SegmentOf, Long> segmentsBehind = new ConcurrentHashMap<>();
    private MultiGauge segmentGauge;
    private volatile Instant sampledAt;
    private ScheduledExecutorService sampler;
    private MeterRegistry registry;

    public ProjectionMonitor(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                             @Qualifier("serializer") Serializer tokenSerializer, Clock clock, ProcessorFailures failures,
                             @Value("${oms.projections.stuck-after:PT60S}") Duration stuckAfter,
                             @Value("${oms.projections.sample-every:PT1S}") Duration sampleEvery,
                             @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.clock = clock;
        this.failures = failures;
        this.stuckAfter = stuckAfter;
        this.sampleEvery = sampleEvery;
        this.eventsInPostgres = !axonServer;
    }

    /** A fresh look at every projection, sorted by name. */
    public List<ProjectionStatus> sample() {
        Instant now = clock.instant();
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        List<ProjectionStatus> statuses = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> status((StreamingEventProcessor) p, head, now))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
        latest = statuses;
        sampledAt = now;
        if (segmentGauge != null) {
            segmentGauge.register(segmentsBehind.entrySet().stream().map(e -> MultiGauge.Row.of(Tags.of(
                    "projection", e.getKey().projection(), "segment", Integer.toString(e.getKey().segment())),
                    e.getValue())).toList(), true);
        }
        return statuses;
    }

    /** The last sample and when it was taken (null before the first). */
    public List<ProjectionStatus> latest() {
        return latest;
    }

    public Instant sampledAt() {
        return sampledAt;
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head, Instant now) {
        var statuses = processor.processingStatus().values();
        boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
        Map<Integer, Long> segments = committedPositions(processor.getName());
        // a rebuild or a split may change the segments: only the current ones are shown
        segmentsBehind.keySet().removeIf(key -> key.projection().equals(processor.getName()));
        segments.forEach((segment, at) -> segmentsBehind.put(new SegmentOf(processor.getName(), segment),
                Math.max(0, head - at)));
        // the lowest position over the segments: every event before it is applied
        long position = segments.values().stream().mapToLong(Long::longValue).min().orElse(-1);
        long behind = Math.max(0, head - position);
        Progress last = progress.get(processor.getName());
        // a failure since the committed position last moved is still being retried
        Instant movedAt = last == null || last.position() != position ? now : last.movedAt();
        Throwable error = statuses.stream().map(EventTrackerStatus::getError).filter(Objects::nonNull)
                .findFirst().orElseGet(() -> failures.after(processor.getName(), movedAt));
        Progress seen = progress.compute(processor.getName(), (name, before) -> Progress.next(before, position,
                behind == 0 && error == null, error != null, now));
        boolean stuck = seen.stuckSince() != null && !seen.stuckSince().plus(stuckAfter).isAfter(now);
        var queue = processing.deadLetterQueue(processor.getName());
        long parkedEvents = queue.map(SequencedDeadLetterQueue::size).orElse(0L);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), replaying, behind == 0, position, head,
                behind, behind == 0 ? Long.valueOf(0) : secondsBehind(position, now), error != null,
                error == null ? null : describe(error), seen.errorSince(), seen.stuckSince(), stuck, parkedEvents,
                parkedEvents == 0 ? List.of() : parked(queue.get()));
    }

    private static List<ProjectionStatus.ParkedEvent> parked(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<ProjectionStatus.ParkedEvent> parked = new ArrayList<>();
        for (var sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (parked.size() == SHOWN_PARKED) {
                    return parked;
                }
                var event = letter.message();
                parked.add(new ProjectionStatus.ParkedEvent(sequenceOf(letter), event.getPayloadType().getSimpleName(),
                        event.getIdentifier(), event.getTimestamp(),
                        letter.cause().map(c -> c.type() + ": " + c.message()).orElse("waiting behind an earlier event of its order"),
                        letter.enqueuedAt()));
            }
        }
        return parked;
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter<?> jpa
                ? jpa.getSequenceIdentifier() : String.valueOf(letter.message().getIdentifier());
    }

    /** Each segment's position, as committed in the token store. */
    private Map<Integer, Long> committedPositions(String processorName) {
        Map<Integer, Long> positions = new TreeMap<>();
        jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                rs -> { positions.put(rs.getInt(1), position(rs.getBytes(2), rs.getString(3))); }, processorName);
        return positions;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.orElse(-1);
    }

    private Long secondsBehind(long position, Instant now) {
        if (!eventsInPostgres) {
            return null;
        }
        List<Instant> oldest = jdbc.query("""
                SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1""",
                (rs, row) -> Instant.parse(rs.getString(1)), position);
        return oldest.isEmpty() ? 0L : Math.max(0, Duration.between(oldest.get(0), now).toSeconds());
    }

    private static String describe(Throwable error) {
        String text = Causes.of(error).stream().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                .collect(Collectors.joining(" <- "));
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private record SegmentOf(String projection, int segment) {
    }

    /** When a projection last moved, and since when it has been retrying or standing still behind the head. */
    private record Progress(long position, Instant movedAt, Instant errorSince, Instant stuckSince) {
        static Progress next(Progress before, long position, boolean caughtUp, boolean inError, Instant now) {
            Instant errorSince = inError ? (before != null && before.errorSince() != null ? before.errorSince() : now) : null;
            boolean moved = before == null || before.position() != position;
            Instant stuckSince = caughtUp || (moved && !inError) ? null
                    : before != null && before.stuckSince() != null ? before.stuckSince() : now;
            return new Progress(position, moved ? now : before.movedAt(), errorSince, stuckSince);
        }
    }

    /**
     * The last sample as gauges a monitoring stack scrapes, per projection: events and seconds behind the head,
     * parked events, and 1 while retrying a failure; and events behind per segment (a segment left behind by
     * a dead instance shows here before its claim times out).
     */
    @Autowired
    void scrapedBy(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Once the processors exist (this monitor starts after Axon). */
    private void registerGauges() {
        segmentGauge = MultiGauge.builder("oms.projection.segment.events.behind")
                .description("events between the head of the event store and a segment's committed position")
                .register(registry);
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName()).forEach(name -> {
                    gauge("oms.projection.events.behind", name, s -> s.eventsBehind());
                    gauge("oms.projection.seconds.behind", name,
                            s -> s.secondsBehind() == null ? Double.NaN : s.secondsBehind());
                    gauge("oms.projection.parked.events", name, s -> s.parkedEvents());
                    gauge("oms.projection.in.error.retry", name, s -> s.inErrorRetry() ? 1 : 0);
                });
    }

    private void gauge(String metric, String projection, ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(metric, () -> latest.stream().filter(s -> s.name().equals(projection)).findFirst()
                        .map(value::applyAsDouble).orElse(Double.NaN))
                .tag("projection", projection)
                .register(registry);
    }

    @Override
    public void start() {
        if (registry != null) {
            registerGauges();
        }
        sampler = Background.thread("projection-monitor");
        sampler.scheduleWithFixedDelay(() -> {
            try {
                sample();
            } catch (RuntimeException e) {
                LOG.debug("projection sample failed: {}", e.toString());
            }
        }, 0, sampleEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        sampler.shutdownNow();
        sampler = null;
    }

    @Override
    public boolean isRunning() {
        return sampler != null;
    }
}

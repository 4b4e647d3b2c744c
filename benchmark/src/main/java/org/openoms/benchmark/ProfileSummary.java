package org.openoms.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder recording as a reader wants it: where the CPU samples were taken, by method
 * (self time) and by method on the stack (total time), and which threads took them.
 *
 * <pre>java -cp ... org.openoms.benchmark.ProfileSummary recording.jfr [rows]</pre>
 */
public final class ProfileSummary {

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> categories = new HashMap<>();
    private int samples;

    private ProfileSummary() {
    }

    /** {@code recording.jfr [rows [thread name prefix]]}: the last keeps only the samples of matching threads. */
    public static void main(String[] args) throws IOException {
        read(Path.of(args[0]), args.length > 2 ? args[2] : "").print(System.out, args.length > 1 ? Integer.parseInt(args[1]) : 40);
    }

    static ProfileSummary read(Path recording) throws IOException {
        return read(recording, "");
    }

    private static ProfileSummary read(Path recording, String threadPrefix) throws IOException {
        ProfileSummary summary = new ProfileSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                    && threadName(event).startsWith(threadPrefix)) {
                summary.add(event);
            }
        }
        return summary;
    }

    private void add(RecordedEvent event) {
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
            self.merge(name(frames.get(0)), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (seen.add(name)) {
                total.merge(name, 1, Integer::sum);
            }
        }
        COSTS.forEach((label, prefix) -> {
            if (seen.stream().anyMatch(name -> name.startsWith(prefix))) {
                categories.merge(label, 1, Integer::sum);
            }
        });
        threads.merge(threadName(event).replaceAll("-?\\d+$", "-N"), 1, Integer::sum);
    }

    private static String threadName(RecordedEvent event) {
        var thread = event.getThread("sampledThread");
        return thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
    }

    /** Where an application's CPU goes, by what it was doing: share of samples with such a frame, largest first. */
    private static final Map<String, String> COSTS = new LinkedHashMap<>();

    static {
        COSTS.put("checking the bearer token", "org.springframework.security.oauth2.jwt.NimbusJwtDecoder.decode");
        COSTS.put("reading requests and writing answers (JSON)", "org.springframework.web.servlet.mvc.method.annotation.AbstractMessageConverterMethod");
        COSTS.put("loading aggregates (snapshot and events)", "org.axonframework.eventsourcing.EventSourcingRepository.doLoadWithLock");
        COSTS.put("appending events", "org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine.appendEvents");
        COSTS.put("storing snapshots", "org.axonframework.eventsourcing.AbstractSnapshotter");
        COSTS.put("loading and saving sagas", "org.axonframework.modelling.saga.repository.AnnotatedSagaRepository");
        COSTS.put("scheduling deadlines", "org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager.schedule");
        COSTS.put("committing transactions", "org.springframework.orm.jpa.JpaTransactionManager.doCommit");
        COSTS.put("reading the event stream", "org.axonframework.eventsourcing.eventstore.EmbeddedEventStore$EventProducer.run");
        COSTS.put("Jackson (events, sagas, tokens, HTTP)", "com.fasterxml.jackson.");
        COSTS.put("Hibernate", "org.hibernate.");
        COSTS.put("PostgreSQL driver", "org.postgresql.");
        COSTS.put("logging", "ch.qos.logback.");
        COSTS.put("storing tokens", "org.axonframework.eventhandling.tokenstore.");
        COSTS.put("dead-letter queue checks", "org.axonframework.messaging.deadletter.");
        COSTS.put("read-model SQL (JdbcTemplate)", "org.springframework.jdbc.core.JdbcTemplate.");
        COSTS.put("search writes (Elasticsearch client)", "co.elastic.clients.");
        COSTS.put("savepoints around each event", "org.openoms.projections.processing.SavepointPerEvent.");
        COSTS.put("tracing: OpenTelemetry spans and context", "io.opentelemetry.");
        COSTS.put("tracing: Micrometer observations", "io.micrometer.observation.");
    }

    Map<String, Double> costs() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        categories.entrySet().stream().map(e -> Map.entry(e.getKey(), 100.0 * e.getValue() / Math.max(samples, 1))).sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    void print(PrintStream out, int rows) {
        out.printf("%,d CPU samples%n", samples);
        out.printf("%nby what the application was doing (a sample may count under several)%n");
        costs().forEach((label, share) -> out.printf("%6.1f %%  %s%n", share, label));
        section(out, "threads", threads, rows);
        section(out, "self (the method running)", self, rows);
        section(out, "total (the method on the stack)", total, rows * 2);
    }

    private void section(PrintStream out, String title, Map<String, Integer> counts, int rows) {
        out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(rows)
                .forEach(e -> out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / Math.max(samples, 1), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }
}

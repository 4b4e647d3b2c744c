package org.openoms.benchmark;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openoms.importer.OnlineRetailImport;

/**
 * Measures a running OMS ({@code ./oms run}) and prints a table with each figure's goal. Not a test:
 * figures vary with the machine, so they are reported, never asserted.
 *
 * <ol>
 *   <li>with {@code import}, the Online Retail file through the command API (on a database that holds it
 *       already, a second load appends nothing);</li>
 *   <li>orders fully processed: placed over HTTP by many clients, reserved and confirmed by the fulfilment
 *       process, and every projection caught up; with projection lag sampled under that load, the CPU each
 *       process spent per order and a flight recording of the command side;</li>
 *   <li>the same journeys' rows written by plain JDBC;</li>
 *   <li>a rebuild of every read model, and the same events read and rows and documents written without the OMS.</li>
 * </ol>
 *
 * <pre>java -cp ... org.openoms.benchmark.Benchmark [orders] [threads] [import]</pre>
 */
public final class Benchmark {

    private static final int SKUS = 100;
    private static final int WARM_UP = 1000;
    private static final Duration PATIENCE = Duration.ofMinutes(20);
    private static final Duration NOW_AND_THEN = Duration.ofMillis(100);
    private static final Duration OFTEN = Duration.ofMillis(10);

    private final List<String[]> table = new ArrayList<>();
    private final Path output = Path.of(Oms.env("OMS_DATA_DIR", ".oms"), "benchmark");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        new Benchmark().run(orders, threads, args.length > 2 && args[2].equals("import"));
    }

    private void run(int orders, int threads, boolean load) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        if (load) {
            onlineRetail(threads);
        }
        for (int i = 1; i <= SKUS; i++) {
            Oms.post("/api/stock/MAIN/" + sku(i) + "/receipts", "{\"quantity\": 1000000}");
        }
        String run = "bench-" + LocalDate.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
        journeys(run + "-warm", WARM_UP, threads, Phase.WARM_UP);
        double journeyRate = journeys(run, orders, threads, Phase.SATURATED);
        paced(run + "-paced", journeyRate / 2, threads);
        journeys(run + "-profiled", WARM_UP, threads, Phase.PROFILED);
        double jdbc = JourneyBaseline.journeysPerSecond(run + "-0", orders, threads);
        row("same journeys, plain JDBC", "%,.0f orders/s".formatted(jdbc),
                "5 transactions per order as the OMS commits them, synchronous commit", "");
        row("OMS / plain JDBC", "%.0f %%".formatted(100 * journeyRate / jdbc), "", goal(journeyRate / jdbc >= 0.5, ">= 50 %"));

        rebuild();
        tracingCost(run + "-tracing", orders, threads);
        heap.stopSampling();
        row("peak heap, command side", "%.0f MB".formatted(heap.commandPeak / 1e6), "sampled every 200 ms", "");
        row("peak heap, query side", "%.0f MB".formatted(heap.queryPeak / 1e6), "sampled every 200 ms", "");
        print();
    }

    private void onlineRetail(int threads) throws Exception {
        long before = Oms.head();
        long started = System.nanoTime();
        var result = OnlineRetailImport.load(Path.of(Oms.env("OMS_ONLINE_RETAIL",
                "../shared/datasets/online-retail/online_retail.csv")), Oms.COMMAND, threads);
        long head = Oms.head();
        long appended = head - before;
        row("Online Retail import", "%.1f s".formatted(result.seconds()), "%,d orders, %,d returns, %,d commands, %,d events, %,.0f events/s"
                .formatted(result.orders(), result.returns(), result.commands(), appended, appended / result.seconds()),
                goal(result.seconds() < 60, "< 60 s"));
        Oms.waitUntil(() -> Oms.projectionsAt(head), PATIENCE, NOW_AND_THEN);
        row("... and every read model caught up", "%.1f s".formatted((System.nanoTime() - started) / 1e9), "", "");
    }

    private enum Phase { WARM_UP, SATURATED, PROFILED }

    /**
     * Places {@code count} orders as fast as {@code threads} clients can and waits for each to be confirmed and
     * every projection to pass it; orders per second. Only the profiled phase runs the flight recorder, which
     * costs CPU of its own.
     */
    private double journeys(String run, int count, int threads, Phase phase) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        LagProbe probe = new LagProbe(run);
        Map<String, Double> cpuBefore = Processes.cpuSeconds();
        List<Path> recordings = phase == Phase.PROFILED ? Processes.startRecording(output) : List.of();
        if (phase == Phase.SATURATED) {
            probe.start();
        }
        long started = System.nanoTime();
        double httpRate = Load.run(count, threads, i -> {
            long t0 = System.nanoTime();
            Oms.post("/api/orders", order(run + "-" + i));
            latencies.add(System.nanoTime() - t0);
        });
        awaitProcessed(run, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (phase == Phase.PROFILED) {
            Processes.stopRecording();
            profiles(recordings);
        }
        if (phase != Phase.SATURATED) {
            return count / seconds;
        }
        probe.stopProbing();
        Map<String, Double> cpuAfter = Processes.cpuSeconds();
        row("orders placed over HTTP", "%,.0f orders/s".formatted(httpRate), "p50 %.0f ms, p99 %.0f ms, %d clients, 2 lines each"
                .formatted(Oms.percentile(latencies, 50), Oms.percentile(latencies, 99), threads), "");
        row("orders fully processed", "%,.0f orders/s".formatted(count / seconds),
                "%,d orders placed, reserved, confirmed, every projection caught up, in %.1f s".formatted(count, seconds), "");
        lag("saturated", probe);
        StringBuilder cpu = new StringBuilder();
        double total = 0;
        for (var part : cpuAfter.entrySet()) {
            double ms = 1000 * (part.getValue() - cpuBefore.getOrDefault(part.getKey(), 0.0)) / count;
            total += ms;
            cpu.append(cpu.isEmpty() ? "" : ", ").append(part.getKey()).append(" %.1f".formatted(ms));
        }
        row("CPU per order, every process", "%.1f ms".formatted(total), cpu.toString(), "");
        return count / seconds;
    }

    /** Orders at a steady rate the OMS keeps up with, for half a minute: the lag a reader sees in normal running. */
    private void paced(String run, double perSecond, int threads) throws Exception {
        int count = (int) Math.max(1, perSecond * 30);
        LagProbe probe = new LagProbe(run);
        probe.start();
        var clients = Executors.newFixedThreadPool(threads);
        var ticker = Executors.newSingleThreadScheduledExecutor();
        var placed = new CountDownLatch(count);
        var next = new AtomicInteger();
        long every = (long) (1e9 / perSecond);
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i < count) {
                clients.submit(() -> {
                    Oms.post("/api/orders", order(run + "-" + i));
                    placed.countDown();
                    return null;
                });
            }
        }, 0, every, TimeUnit.NANOSECONDS);
        placed.await();
        ticker.shutdownNow();
        clients.shutdown();
        awaitProcessed(run, count);
        probe.stopProbing();
        lag("%.0f orders/s".formatted(perSecond), probe);
    }

    private void lag(String load, LagProbe probe) {
        double pgLag = Oms.percentile(probe.database, 99);
        double searchLag = Oms.percentile(probe.search, 99);
        row("lag to PostgreSQL, " + load, "p99 %.0f ms".formatted(pgLag), "p50 %.0f ms, %d samples"
                .formatted(Oms.percentile(probe.database, 50), probe.database.size()), goal(pgLag < 200, "< 200 ms"));
        row("lag to search, " + load, "p99 %.0f ms".formatted(searchLag), "p50 %.0f ms, %d samples"
                .formatted(Oms.percentile(probe.search, 50), probe.search.size()), goal(searchLag < 1500, "< 1.5 s"));
    }

    private static void awaitProcessed(String run, int count) throws Exception {
        Oms.waitUntil(() -> confirmed(run) >= count, PATIENCE, NOW_AND_THEN);
        long head = Oms.head();
        Oms.waitUntil(() -> Oms.projectionsAt(head), PATIENCE, NOW_AND_THEN);
    }

    private void profiles(List<Path> recordings) throws Exception {
        for (Path recording : recordings) {
            ProfileSummary profile = ProfileSummary.read(recording);
            Path text = Path.of(recording.toString().replace(".jfr", "-profile.txt"));
            try (var out = new PrintStream(Files.newOutputStream(text))) {
                profile.print(out, 40);
            }
            StringBuilder top = new StringBuilder();
            profile.costs().entrySet().stream().limit(5).forEach(e ->
                    top.append(top.isEmpty() ? "" : ", ").append(e.getKey()).append(" %.0f %%".formatted(e.getValue())));
            String part = recording.getFileName().toString().startsWith("command") ? "command side" : "query side";
            row(part + ": top five costs", "of CPU samples", top + " (" + text + ")", "");
        }
    }

    private static long confirmed(String run) throws Exception {
        try (var c = Oms.database(); var st = c.prepareStatement(
                "SELECT count(*) FROM read_model.orders WHERE order_id LIKE ? AND status = 'CONFIRMED'")) {
            st.setString(1, run + "-%");
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void rebuild() throws Exception {
        long events = Oms.head();
        long started = System.nanoTime();
        for (var p : Oms.getJson("/api/admin/projections")) {
            Oms.postQuery("/api/admin/projections/" + p.path("name").asText() + "/rebuild");
        }
        Oms.waitUntil(() -> Oms.projectionsAt(events), PATIENCE, NOW_AND_THEN);
        double seconds = (System.nanoTime() - started) / 1e9;
        row("rebuild of every read model", "%,.0f events/s".formatted(events / seconds),
                "%,d events in %.1f s, every projection at once".formatted(events, seconds), "");
        var plain = ReplayBaseline.run();
        row("same replay without the OMS", "%,.0f events/s".formatted(plain.eventsPerSecond()),
                "%,d events read, %,d rows and %,d documents written in %.1f s, one thread"
                        .formatted(plain.events(), plain.rows(), plain.documents(), plain.seconds()), "");
        double ratio = (events / seconds) / plain.eventsPerSecond();
        row("rebuild / plain replay", "%.0f %%".formatted(100 * ratio), "", goal(ratio >= 0.5, ">= 50 %"));
    }

    private void tracingCost(String run, int orders, int threads) throws Exception {
        try (TracingCost cost = TracingCost.start(output)) {
            List<TracingCost.Figures> figures = cost.measure(orders, threads, Benchmark::order, run);
            TracingCost.Figures on = figures.get(0);
            TracingCost.Figures off = figures.get(1);
            for (var side : List.of(on, off)) {
                row("place order, tracing " + (side == on ? "on" : "off"), "%,.0f orders/s".formatted(side.ordersPerSecond()),
                        "p50 %.0f ms, p99 %.0f ms, %.1f ms CPU per order on its command side"
                                .formatted(side.p50(), side.p99(), side.cpuMsPerOrder()), "");
            }
            row("tracing cost, place order", "%+.1f ms CPU".formatted(on.cpuMsPerOrder() - off.cpuMsPerOrder()),
                    "%+.0f %% CPU per order, %+.0f %% orders/s; every request sampled, nothing exported"
                            .formatted(100 * (on.cpuMsPerOrder() / off.cpuMsPerOrder() - 1),
                                    100 * (on.ordersPerSecond() / off.ordersPerSecond() - 1)), "");
        }
    }

    private static String sku(int i) {
        return "BENCH-%03d".formatted(i);
    }

    private static String order(String id) {
        int first = ThreadLocalRandom.current().nextInt(1, SKUS + 1);
        int second = first % SKUS + 1;
        return """
                {"orderId": "%s", "channel": "WEB", "customer": {"name": "Bench Mark", "email": "bench@example.com"},
                 "billingAddress": {"name": "Bench Mark", "line1": "1 Test Road", "city": "Leeds", "countryCode": "GB"},
                 "shippingAddress": {"name": "Bench Mark", "line1": "1 Test Road", "city": "Leeds", "countryCode": "GB"},
                 "lines": [{"sku": "%s", "description": "benchmark item", "quantity": 1,
                            "unitPrice": {"amount": "9.99", "currency": "GBP"}},
                           {"sku": "%s", "description": "another benchmark item", "quantity": 2,
                            "unitPrice": {"amount": "4.50", "currency": "GBP"}}],
                 "currency": "GBP", "despatchDeadline": "2099-01-01T17:00:00Z", "deliveryDeadline": "2099-01-03T17:00:00Z"}
                """.formatted(id, sku(first), sku(second));
    }

    private void row(String measure, String figure, String detail, String goal) {
        table.add(new String[]{measure, figure, detail, goal});
        System.out.printf("%s: %s %s %s%n", measure, figure, goal, detail);
    }

    private static String goal(boolean met, String goal) {
        return goal + (met ? " met" : " MISSED");
    }

    private void print() {
        System.out.printf("%n%-36s | %-18s | %-16s | %s%n", "measure", "figure", "goal", "detail");
        System.out.println("-".repeat(130));
        table.forEach(r -> System.out.printf("%-36s | %-18s | %-16s | %s%n", r[0], r[1], r[3], r[2]));
    }

    /** An order now and then beside the load: how long until the list and the search show it. */
    private static final class LagProbe extends Thread {
        private final String run;
        private final List<Long> database = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> search = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;

        LagProbe(String run) {
            this.run = run;
            setDaemon(true);
        }

        @Override
        public void run() {
            for (int i = 0; running; i++) {
                try {
                    String id = run + "-lag-" + i;
                    String number = Oms.JSON.readTree(Oms.post("/api/orders", order(id))).path("orderNumber").asText();
                    long acked = System.nanoTime();
                    Oms.waitUntil(() -> Oms.get("/api/orders/" + id).statusCode() == 200, PATIENCE, OFTEN);
                    database.add(System.nanoTime() - acked);
                    Oms.waitUntil(() -> Oms.getJson("/api/orders/search?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                            .path("totalHits").asLong() > 0, PATIENCE, OFTEN);
                    search.add(System.nanoTime() - acked);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("lag probe: " + e);
                }
            }
        }

        void stopProbing() throws InterruptedException {
            running = false;
            join();
        }
    }

    /** Samples each application's heap through its actuator metrics and keeps the largest seen. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile double commandPeak;
        private volatile double queryPeak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                commandPeak = Math.max(commandPeak, heap(Oms.COMMAND));
                queryPeak = Math.max(queryPeak, heap(Oms.QUERY));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        private static double heap(String base) {
            try {
                return Oms.JSON.readTree(Oms.get(base, "/actuator/metrics/jvm.memory.used?tag=area:heap").body())
                        .path("measurements").path(0).path("value").asDouble();
            } catch (Exception e) {
                return 0;
            }
        }
    }
}

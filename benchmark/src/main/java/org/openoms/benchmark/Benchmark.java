package org.openoms.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openoms.importer.ClientToken;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openoms.importer.OnlineRetailImport;

/**
 * Measures a running OMS ({@code ./oms run}) and prints a table. Not a test: figures vary with the
 * machine, so they are reported, never asserted.
 *
 * With {@code import}, the Online Retail file is loaded first (skip it on a database that holds it
 * already: a second load sends the same commands and appends nothing).
 *
 * <pre>java -cp ... org.openoms.benchmark.Benchmark [orders] [threads] [import]</pre>
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMAND = env("OMS_COMMAND_URL", "http://127.0.0.1:8081");
    private static final String QUERY = env("OMS_QUERY_URL", "http://127.0.0.1:8082");
    private static final String DB = env("OMS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/oms");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ClientToken TOKEN = new ClientToken("oms-tools", "tools-dev-secret");
    private static final String SKU = "BENCH-SKU";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        HeapSampler heap = new HeapSampler();
        heap.start();
        List<String[]> table = new ArrayList<>();
        if (args.length > 2 && args[2].equals("import")) {
            long before = head();
            var load = OnlineRetailImport.load(Path.of(env("OMS_ONLINE_RETAIL",
                    "../shared/datasets/online-retail/online_retail.csv")), COMMAND, threads);
            long appended = head() - before;
            table.add(row("Online Retail import", "%.1f s".formatted(load.seconds()),
                    "%,d orders, %,d returns, %,d commands, %,d events appended, %,.0f events/s (goal < 60 s)"
                            .formatted(load.orders(), load.returns(), load.commands(), appended,
                                    appended / load.seconds())));
        }

        post("/api/stock/MAIN/" + SKU + "/receipts", "{\"quantity\": 1000000}");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        double commandRate = run(orders, threads, i -> {
            long t0 = System.nanoTime();
            post("/api/orders", order("bench-" + UUID.randomUUID()));
            latencies.add(System.nanoTime() - t0);
        });
        table.add(row("place order over HTTP", "%,.0f orders/s".formatted(commandRate),
                "p50 %.1f ms, p99 %.1f ms".formatted(percentile(latencies, 50), percentile(latencies, 99))));

        double jdbcRate = jdbcBaseline(orders, threads);
        table.add(row("same events, plain JDBC inserts", "%,.0f orders/s".formatted(jdbcRate),
                "one transaction per order, synchronous commit"));
        table.add(row("command path / raw JDBC", "%.0f %%".formatted(100 * commandRate / jdbcRate), "goal >= 50 %"));

        List<Long> pgLag = new ArrayList<>();
        List<Long> esLag = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String id = "lag-" + UUID.randomUUID();
            String number = JSON.readTree(post("/api/orders", order(id))).path("orderNumber").asText();
            long acked = System.nanoTime();
            waitUntil(() -> get("/api/orders/" + id).statusCode() == 200);
            pgLag.add(System.nanoTime() - acked);
            waitUntil(() -> JSON.readTree(get("/api/orders/search?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                    .body()).path("totalHits").asLong() > 0);
            esLag.add(System.nanoTime() - acked);
        }
        table.add(row("lag to PostgreSQL read model", "p50 %.0f ms".formatted(percentile(pgLag, 50)),
                "p99 %.0f ms (goal < 200 ms)".formatted(percentile(pgLag, 99))));
        table.add(row("lag to Elasticsearch search", "p50 %.0f ms".formatted(percentile(esLag, 50)),
                "p99 %.0f ms (goal < 1500 ms)".formatted(percentile(esLag, 99))));

        long events = head();
        long started = System.nanoTime();
        for (JsonNode p : JSON.readTree(get("/api/admin/projections").body())) {
            postQuery("/api/admin/projections/" + p.path("name").asText() + "/rebuild");
        }
        waitUntil(() -> {
            for (JsonNode p : JSON.readTree(get("/api/admin/projections").body())) {
                if (!p.path("caughtUp").asBoolean() || p.path("position").asLong(-1) < events) {
                    return false;
                }
            }
            return true;
        });
        double rebuild = (System.nanoTime() - started) / 1e9;
        table.add(row("rebuild of all read models", "%.1f s".formatted(rebuild),
                "%,d events, %,.0f events/s (7 projections in parallel)".formatted(events, events / rebuild)));

        heap.stopSampling();
        table.add(row("peak heap, command side", "%.0f MB".formatted(heap.commandPeak / 1e6), "sampled every 200 ms"));
        table.add(row("peak heap, query side", "%.0f MB".formatted(heap.queryPeak / 1e6), "sampled every 200 ms"));

        System.out.printf("%n%-34s | %-22s | %s%n", "measure", "figure", "detail");
        System.out.println("-".repeat(100));
        table.forEach(r -> System.out.printf("%-34s | %-22s | %s%n", r[0], r[1], r[2]));
    }

    /** The same rows the event store gets for an order, through plain JDBC into a scratch table. */
    private static double jdbcBaseline(int orders, int threads) throws Exception {
        String payload = order("jdbc");
        try (Connection c = DriverManager.getConnection(DB, "postgres", env("OMS_DB_PASSWORD", ""));
             var st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS benchmark");
            st.execute("DROP TABLE IF EXISTS benchmark.events");
            st.execute("CREATE TABLE benchmark.events (LIKE event_store.domain_event_entry INCLUDING ALL)");
            st.execute("ALTER TABLE benchmark.events ALTER COLUMN global_index ADD GENERATED ALWAYS AS IDENTITY");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(DB, "postgres", env("OMS_DB_PASSWORD", ""));
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        double rate = run(orders, threads, i -> {
            Connection c = connections.get();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO benchmark.events (event_identifier, meta_data, payload, payload_revision, payload_type,
                        time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '1', ?, ?, ?, 0, ?)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setBytes(2, "{\"actor\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
                insert.setBytes(3, bytes);
                insert.setString(4, "org.openoms.kernel.order.OrderPlaced");
                insert.setString(5, Instant.now().toString());
                insert.setString(6, "jdbc-" + UUID.randomUUID());
                insert.setString(7, "OrderAggregate");
                insert.addBatch();
                insert.executeBatch();
            }
            c.commit();
        });
        try (Connection c = DriverManager.getConnection(DB, "postgres", env("OMS_DB_PASSWORD", ""));
             var st = c.createStatement()) {
            st.execute("DROP SCHEMA benchmark CASCADE");
        }
        return rate;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    private static double run(int count, int threads, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                step.run(n);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - started) / 1e9);
    }

    interface Check {
        boolean done() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1e6;
    }

    private static long head() throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "postgres", env("OMS_DB_PASSWORD", ""));
             var rs = c.createStatement().executeQuery("SELECT max(global_index) FROM event_store.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String order(String id) {
        return """
                {"orderId": "%s", "channel": "WEB", "customer": {"name": "Bench Mark", "email": "bench@example.com"},
                 "billingAddress": {"name": "Bench Mark", "line1": "1 Test Road", "city": "Leeds", "countryCode": "GB"},
                 "shippingAddress": {"name": "Bench Mark", "line1": "1 Test Road", "city": "Leeds", "countryCode": "GB"},
                 "lines": [{"sku": "%s", "description": "benchmark item", "quantity": 1,
                            "unitPrice": {"amount": "9.99", "currency": "GBP"}}],
                 "currency": "GBP", "despatchDeadline": "2099-01-01T17:00:00Z", "deliveryDeadline": "2099-01-03T17:00:00Z"}
                """.formatted(id, SKU);
    }

    private static String post(String path, String body) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(COMMAND + path))
                .header("Content-Type", "application/json").header("Authorization", TOKEN.header())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void postQuery(String path) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(QUERY + path)).header("Authorization", TOKEN.header()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(QUERY + path)).header("Authorization", TOKEN.header()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String[] row(String measure, String figure, String detail) {
        return new String[]{measure, figure, detail};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
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
                commandPeak = Math.max(commandPeak, heap(COMMAND));
                queryPeak = Math.max(queryPeak, heap(QUERY));
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
                var body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap")).header("Authorization", TOKEN.header())
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                return JSON.readTree(body).path("measurements").path(0).path("value").asDouble();
            } catch (Exception e) {
                return 0;
            }
        }
    }
}

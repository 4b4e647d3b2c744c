package org.openoms.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What tracing costs on the place-order path: two more command sides of the same build on the same database,
 * one tracing every request (the default), one with tracing off, take the same orders in alternating rounds,
 * so both see the same database and the same warm-up. "Off" is what an operator sets to stop tracing: no
 * sampling, and no propagation (so no Axon spans either).
 */
final class TracingCost implements AutoCloseable {

    /** One side's figures: HTTP answers per second, latency percentiles, and its own CPU per order. */
    record Figures(double ordersPerSecond, double p50, double p99, double cpuMsPerOrder) {
    }

    private final CommandSide on;
    private final CommandSide off;

    private TracingCost(CommandSide on, CommandSide off) {
        this.on = on;
        this.off = off;
    }

    static TracingCost start(Path logs) throws Exception {
        CommandSide on = CommandSide.start(true, logs);
        try {
            return new TracingCost(on, CommandSide.start(false, logs));
        } catch (Exception e) {
            on.close();
            throw e;
        }
    }

    /** Tracing on, then off: each places {@code orders} in two rounds of half, after a warm-up of a quarter. */
    List<Figures> measure(int orders, int threads, Function<String, String> order, String run) throws Exception {
        for (CommandSide side : List.of(on, off)) {
            side.place(orders / 4, threads, order, run + "-warm-" + side.tracing);
        }
        on.reset();
        off.reset();
        for (int round = 0; round < 2; round++) {
            List<CommandSide> sides = round == 0 ? List.of(on, off) : List.of(off, on);
            for (CommandSide side : sides) {
                side.place(orders / 2, threads, order, run + "-" + round + "-" + side.tracing);
            }
        }
        return List.of(on.figures(), off.figures());
    }

    @Override
    public void close() {
        on.close();
        off.close();
    }

    private static final class CommandSide implements AutoCloseable {

        private final boolean tracing;
        private final Process process;
        private final String url;
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private double seconds;
        private double cpuSeconds;
        private int placed;

        private CommandSide(boolean tracing, Process process, String url) {
            this.tracing = tracing;
            this.process = process;
            this.url = url;
        }

        static CommandSide start(boolean tracing, Path logs) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path jar;
            try (var files = Files.list(Path.of("command-side", "target"))) {
                jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst().orElseThrow();
            }
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--management.tracing.enabled=" + tracing,
                    "--management.tracing.sampling.probability=" + (tracing ? "1.0" : "0"))
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("tracing-" + (tracing ? "on" : "off") + ".log").toFile())
                    .start();
            CommandSide side = new CommandSide(tracing, process, "http://127.0.0.1:" + port);
            side.awaitHealthy();
            return side;
        }

        private void awaitHealthy() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the command side with tracing " + tracing + " exited; see its log");
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the command side with tracing " + tracing + " did not start within 2 minutes");
        }

        void place(int count, int threads, Function<String, String> order, String run) throws Exception {
            double cpuBefore = Processes.cpuSeconds(process.pid());
            long started = System.nanoTime();
            Load.run(count, threads, i -> {
                long t0 = System.nanoTime();
                Oms.post(url, "/api/orders", order.apply(run + "-" + i));
                latencies.add(System.nanoTime() - t0);
            });
            seconds += (System.nanoTime() - started) / 1e9;
            cpuSeconds += Processes.cpuSeconds(process.pid()) - cpuBefore;
            placed += count;
        }

        void reset() {
            latencies.clear();
            seconds = 0;
            cpuSeconds = 0;
            placed = 0;
        }

        Figures figures() {
            return new Figures(placed / seconds, Oms.percentile(latencies, 50), Oms.percentile(latencies, 99),
                    1000 * cpuSeconds / placed);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

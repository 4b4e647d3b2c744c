package org.openoms.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the Online Retail file through the command API: orders first, then the returns that refer to
 * them. Safe to run again: ids come from invoice numbers, and the OMS answers a repeat with the original.
 *
 * <pre>java -cp ... org.openoms.importer.OnlineRetailImport [csv] [command-api-url] [threads]</pre>
 */
public final class OnlineRetailImport {

    private OnlineRetailImport() {
    }

    /** What a load did: commands sent, and how long sending them took. */
    public record Summary(long orders, long returns, long commands, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/datasets/online-retail/online_retail.csv");
        String url = args.length > 1 ? args[1] : "http://127.0.0.1:8081";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        load(csv, url, threads);
    }

    public static Summary load(Path csv, String url, int threads) throws Exception {
        long started = System.nanoTime();
        ImportPlan plan = ImportPlan.of(read(csv));
        System.out.printf("read %,d lines: %,d orders and %,d returns to load (%.1f s)%n", plan.rows,
                plan.orders.size(), plan.returns.size(), seconds(started));

        CommandApi api = new CommandApi(url);
        long loadStarted = System.nanoTime();
        Progress orders = new Progress("orders ", plan.orders.size());
        AtomicLong repeated = new AtomicLong();
        Map<String, String> refused = new ConcurrentHashMap<>();
        runAll(threads, plan.orders, order -> {
            try {
                if (api.placeOrder(order) == 200) {
                    repeated.incrementAndGet();
                }
            } catch (CommandApi.Refused e) {
                refused.put(order.orderId(), e.getMessage());
            }
            orders.step();
        });
        orders.done();
        // a refused order's returns have nothing to return against
        List<ImportPlan.Return> toLoad = plan.returns.stream().filter(r -> !refused.containsKey(r.order().orderId())).toList();
        Progress returns = new Progress("returns", toLoad.size());
        runAll(threads, toLoad, toReturn -> {
            api.requestReturn(toReturn);
            api.receiveReturn(toReturn);
            returns.step();
        });
        returns.done();
        double loadSeconds = seconds(loadStarted);

        var skipped = plan.skipped();
        BigDecimal sales = plan.orders.stream().map(ImportPlan.Order::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal refunds = plan.returns.stream().map(ImportPlan.Return::refund).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.printf("""
                loaded in %.1f s (%,.0f commands/s, %d threads); %,d orders had been loaded before
                sales GBP %s, refunds GBP %s, net GBP %s
                not loaded: %,d write-off lines, %,d bad-debt lines, %,d guest cancellation lines,
                            %,d unmatched cancellation lines (GBP %s)
                """, loadSeconds, (plan.orders.size() + 2.0 * plan.returns.size()) / loadSeconds, threads,
                repeated.get(), sales.toPlainString(), refunds.toPlainString(), sales.subtract(refunds).toPlainString(),
                skipped.writeOffLines(), skipped.badDebtLines(), skipped.guestCancellationLines(),
                skipped.unmatchedCancellationLines(), skipped.unmatchedCancellationValue().toPlainString());
        if (!refused.isEmpty()) {
            System.out.printf("refused by the OMS: %,d orders (and their %,d returns), e.g. %s: %s%n", refused.size(),
                    plan.returns.size() - toLoad.size(), refused.keySet().iterator().next(), refused.values().iterator().next());
        }
        long loaded = plan.orders.size() - refused.size();
        return new Summary(loaded, toLoad.size(), loaded + 2L * toLoad.size(), loadSeconds);
    }

    static List<OnlineRetailRow> read(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(in, csv.toString());
        }
    }

    /** The rows of the file's text (RFC 4180, header first). */
    static List<OnlineRetailRow> read(Reader in, String name) throws IOException {
        List<OnlineRetailRow> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(in)) {
            String[] header = lines.hasNext() ? lines.next() : new String[0];
            if (header.length == 0 || !header[0].equals("InvoiceNo")) {
                throw new IOException(name + " is not the Online Retail file (header: " + String.join(",", header) + ")");
            }
            while (lines.hasNext()) {
                rows.add(OnlineRetailRow.of(List.of(lines.next())));
            }
        }
        return rows;
    }

    interface Task<T> {
        void run(T item) throws Exception;
    }

    private static <T> void runAll(int threads, List<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A one-line progress bar on the terminal, redrawn at most ten times a second. */
    static final class Progress {
        private final String label;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final long started = System.nanoTime();
        private volatile long lastDrawn;

        Progress(String label, long total) {
            this.label = label;
            this.total = total;
        }

        void step() {
            long n = done.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastDrawn > 100_000_000L || n == total) {
                lastDrawn = now;
                draw(n);
            }
        }

        void done() {
            draw(done.get());
            System.out.println();
        }

        private synchronized void draw(long n) {
            int width = 40;
            int filled = total == 0 ? width : (int) (width * n / total);
            double elapsed = seconds(started);
            System.out.printf("\r%s [%s%s] %,d/%,d %5.1f s %,.0f/s", label, "#".repeat(filled),
                    " ".repeat(width - filled), n, total, elapsed, elapsed > 0 ? n / elapsed : 0.0);
            System.out.flush();
        }
    }
}

package org.openoms.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Orders placed by several clients at once, each followed by a customer message, so the order-search and
 * message-search projections both have work while a test breaks something.
 */
final class OrderTraffic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms;
    private final String sku;
    private final ExecutorService clients;
    private final AtomicInteger placed = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> orderIds = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    OrderTraffic(RunningOms oms, String sku, int clients) {
        this.oms = oms;
        this.sku = sku;
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /** Starts placing {@code count} orders; returns at once. */
    List<Future<?>> place(int count, String customerPrefix) {
        return java.util.stream.IntStream.range(0, count).<Future<?>>mapToObj(i -> clients.submit(() -> placeOne(customerPrefix + " " + i)))
                .toList();
    }

    int placed() {
        return placed.get();
    }

    List<String> orderIds() {
        return List.copyOf(orderIds);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    void awaitDone() {
        clients.shutdown();
        try {
            clients.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void placeOne(String customer) {
        var response = oms.post("/api/orders", OrderRequests.phoneOrder(customer, "traffic@example.com", sku, 1, "2.50"),
                "agent");
        if (response.statusCode() != 201) {
            failures.add(response.statusCode() + " " + response.body());
            return;
        }
        try {
            String orderId = JSON.readTree(response.body()).path("orderId").asText();
            var message = oms.post("/api/orders/" + orderId + "/messages", """
                    {"direction": "INBOUND", "channel": "EMAIL", "sender": "traffic@example.com",
                     "subject": "Where is it?", "body": "Has my order left yet?"}""", "inbox");
            if (message.statusCode() != 202) {
                failures.add(message.statusCode() + " " + message.body());
            }
            orderIds.add(orderId);
            placed.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}

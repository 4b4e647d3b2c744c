package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty customers race for the last ten units of a SKU, their orders released at once and spread over the
 * command-side instances given; what must come of it, in the read models and in the stock item's own events.
 */
final class StockRace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms;
    private final String sku;

    StockRace(RunningOms oms, String sku) {
        this.oms = oms;
        this.sku = sku;
    }

    /** Receives ten units, then places fifty one-unit orders, taking the command sides at {@code commandUrls} in turn. */
    void run(List<String> commandUrls) throws Exception {
        assertThat(oms.post("/api/stock/MAIN/" + sku + "/receipts", OrderRequests.receipt(10), "goods-in").statusCode())
                .isEqualTo(204);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = OrderRequests.phoneOrder("Racer " + i, "racer" + i + "@example.com", sku, 1, "5.00");
            String commandUrl = commandUrls.get(i % commandUrls.size());
            responses.add(pool.submit(() -> {
                start.await();
                return oms.post(commandUrl, "/api/orders", body, "racer").statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> response : responses) {
            assertThat(response.get()).isEqualTo(201);
        }
        pool.shutdown();
    }

    /** Ten confirmed, forty awaiting stock, nothing left to promise, and never more reserved than on hand. */
    void assertTenReservedFortyWaiting() {
        JsonNode orders = await().atMost(Duration.ofSeconds(30)).until(
                () -> JSON.readTree(oms.query("/api/orders?sku=" + sku + "&size=100").body()),
                page -> page.path("totalItems").asInt() == 50 && count(page, "PLACED") == 0);
        assertThat(count(orders, "CONFIRMED")).isEqualTo(10);
        assertThat(count(orders, "AWAITING_STOCK")).isEqualTo(40);

        JsonNode level = await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(oms.query("/api/stock?sku=" + sku).body()).path("levels").path(0),
                l -> l.path("reserved").asInt() == 10);
        assertThat(level.path("onHand").asInt()).isEqualTo(10);
        assertThat(level.path("availableToPromise").asInt()).isZero();

        // the event store agrees: one unbroken stream, ten reservations, forty refusals, never oversold on the way
        List<Map<String, Object>> stream = oms.commandSide.getBean(JdbcTemplate.class).queryForList("""
                SELECT sequence_number, payload_type, convert_from(payload, 'UTF8') AS payload
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                sku + "@MAIN");
        long onHand = 0;
        long reserved = 0;
        for (int i = 0; i < stream.size(); i++) {
            Map<String, Object> event = stream.get(i);
            assertThat(((Number) event.get("sequence_number")).longValue()).as("sequence without holes or twins").isEqualTo(i);
            String type = (String) event.get("payload_type");
            int quantity = quantity((String) event.get("payload"));
            if (type.endsWith(".StockReceived")) {
                onHand += quantity;
            } else if (type.endsWith(".StockReserved")) {
                reserved += quantity;
            }
            assertThat(onHand - reserved).as("available to promise after event " + i).isNotNegative();
        }
        assertThat(stream).filteredOn(e -> ((String) e.get("payload_type")).endsWith(".StockReserved")).hasSize(10);
        assertThat(stream).filteredOn(e -> ((String) e.get("payload_type")).endsWith(".StockReservationRejected"))
                .hasSize(40);
    }

    private static int quantity(String payload) {
        try {
            return JSON.readTree(payload).path("quantity").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(JsonNode page, String status) {
        long n = 0;
        for (JsonNode item : page.path("items")) {
            if (item.path("status").asText().equals(status)) {
                n++;
            }
        }
        return n;
    }
}

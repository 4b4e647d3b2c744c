package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fifty customers race for the last ten units: ten get them, forty wait, nobody oversells. */
class ConcurrentReservationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "LAST-TEN";
    private final RunningOms oms = RunningOms.get();

    @Test
    void fiftyConcurrentOrdersForTenUnitsReserveExactlyTen() throws Exception {
        assertThat(oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(10), "goods-in").statusCode())
                .isEqualTo(204);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = OrderRequests.phoneOrder("Racer " + i, "racer" + i + "@example.com", SKU, 1, "5.00");
            responses.add(pool.submit(() -> {
                start.await();
                return oms.post("/api/orders", body, "racer").statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> response : responses) {
            assertThat(response.get()).isEqualTo(201);
        }
        pool.shutdown();

        JsonNode orders = await().atMost(Duration.ofSeconds(30)).until(
                () -> JSON.readTree(oms.query("/api/orders?sku=" + SKU + "&size=100").body()),
                page -> page.path("totalItems").asInt() == 50 && count(page, "PLACED") == 0);
        assertThat(count(orders, "CONFIRMED")).isEqualTo(10);
        assertThat(count(orders, "AWAITING_STOCK")).isEqualTo(40);

        JsonNode level = await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(oms.query("/api/stock?sku=" + SKU).body()).path("levels").path(0),
                l -> l.path("reserved").asInt() == 10);
        assertThat(level.path("onHand").asInt()).isEqualTo(10);
        assertThat(level.path("availableToPromise").asInt()).isZero();

        // the event store agrees: ten reservations, forty refusals, for this stock item only
        JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);
        assertThat(events(jdbc, "StockReserved")).isEqualTo(10);
        assertThat(events(jdbc, "StockReservationRejected")).isEqualTo(40);
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

    private static long events(JdbcTemplate jdbc, String type) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE ?""", Long.class, SKU + "@MAIN", "%." + type);
        return n == null ? 0 : n;
    }
}

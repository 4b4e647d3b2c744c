package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Back orders come back: fifteen customers race for ten units, five wait; when three more units are
 * received the three oldest of the five (placed time, then order number) are served, in that order.
 */
class BackOrderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "COME-BACK";
    private final RunningOms oms = RunningOms.get();

    record Placed(String orderId, String orderNumber, Instant placedAt, String status) {
    }

    @Test
    void stockReceivedServesTheOldestWaitingOrdersFirst() throws Exception {
        assertThat(oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(10), "goods-in").statusCode())
                .isEqualTo(204);
        placeConcurrently(15);

        List<Placed> orders = await().atMost(Duration.ofSeconds(30)).until(this::orders,
                list -> list.size() == 15 && list.stream().noneMatch(o -> o.status().equals("PLACED")));
        assertThat(orders).filteredOn(o -> o.status().equals("CONFIRMED")).hasSize(10);
        List<Placed> waiting = orders.stream().filter(o -> o.status().equals("AWAITING_STOCK"))
                .sorted(Comparator.comparing(Placed::placedAt).thenComparing(Placed::orderNumber)).toList();
        assertThat(waiting).hasSize(5);

        long before = lastPositionInTheStockItemsStream();
        assertThat(oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(3), "goods-in").statusCode())
                .isEqualTo(204);

        List<String> oldestThree = waiting.subList(0, 3).stream().map(Placed::orderId).toList();
        assertThat(servedAfter(before)).containsExactlyElementsOf(oldestThree);
        List<Placed> after = await().atMost(Duration.ofSeconds(30)).until(this::orders,
                list -> list.stream().filter(o -> o.status().equals("CONFIRMED")).count() == 13);
        assertThat(after).filteredOn(o -> o.status().equals("AWAITING_STOCK")).extracting(Placed::orderId)
                .containsExactlyInAnyOrderElementsOf(waiting.subList(3, 5).stream().map(Placed::orderId).toList());
        assertThat(after).filteredOn(o -> oldestThree.contains(o.orderId())).extracting(Placed::status)
                .containsOnly("CONFIRMED");
    }

    @Test
    void customerServiceCanRetryOnlyAnOrderAwaitingStock() throws Exception {
        String sku = "RETRY-BY-HAND";
        assertThat(oms.post("/api/stock/MAIN/" + sku + "/receipts", OrderRequests.receipt(1), "goods-in").statusCode())
                .isEqualTo(204);
        String first = orderId(oms.post("/api/orders",
                OrderRequests.phoneOrder("First", "first@example.com", sku, 1, "5.00"), "agent").body());
        String second = orderId(oms.post("/api/orders",
                OrderRequests.phoneOrder("Second", "second@example.com", sku, 1, "5.00"), "agent").body());
        await().atMost(Duration.ofSeconds(30)).until(() -> status(second).equals("AWAITING_STOCK")
                && status(first).equals("CONFIRMED"));

        var refused = oms.post("/api/orders/" + first + "/allocation", "", "agent");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("type").asText())
                .isEqualTo("urn:oms:problem:order-not-awaiting-stock");
        assertThat(oms.post("/api/orders/" + second + "/allocation", "", "agent").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(
                        oms.query("/api/orders/" + second + "/timeline").body()).toString()
                .contains("Stock allocation retried by hand"));
        assertThat(status(second)).isEqualTo("AWAITING_STOCK");
    }

    private void placeConcurrently(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = OrderRequests.phoneOrder("Waiter " + i, "waiter" + i + "@example.com", SKU, 1, "5.00");
            responses.add(pool.submit(() -> {
                start.await();
                return oms.post("/api/orders", body, "customer").statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> response : responses) {
            assertThat(response.get()).isEqualTo(201);
        }
        pool.shutdown();
    }

    private List<Placed> orders() throws Exception {
        JsonNode page = JSON.readTree(oms.query("/api/orders?sku=" + SKU + "&size=100").body());
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> new Placed(item.path("orderId").asText(), item.path("orderNumber").asText(),
                        Instant.parse(item.path("placedAt").asText()), item.path("status").asText()))
                .toList();
    }

    private String status(String orderId) throws Exception {
        return JSON.readTree(oms.query("/api/orders/" + orderId).body()).path("status").asText();
    }

    private static String orderId(String accepted) throws Exception {
        return JSON.readTree(accepted).path("orderId").asText();
    }

    private JdbcTemplate eventStore() {
        return oms.commandSide.getBean(JdbcTemplate.class);
    }

    private long lastPositionInTheStockItemsStream() {
        Long last = eventStore().queryForObject("""
                SELECT coalesce(max(sequence_number), -1) FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ?""", Long.class, SKU + "@MAIN");
        return last == null ? -1 : last;
    }

    /** The orders the stock item reserved for after the given position of its stream, in the order it did. */
    private List<String> servedAfter(long sequence) {
        return eventStore().queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number > ? AND payload_type LIKE '%.StockReserved'
                ORDER BY sequence_number""", String.class, SKU + "@MAIN", sequence).stream()
                .map(payload -> {
                    try {
                        JsonNode orderId = JSON.readTree(payload).path("orderId");
                        return orderId.isObject() ? orderId.path("value").asText() : orderId.asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}

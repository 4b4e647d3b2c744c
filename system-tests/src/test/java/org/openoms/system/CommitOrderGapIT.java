package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The known pitfall of a polled event store: global indexes are taken when an event is inserted, but readers
 * see events when they commit. An order whose transaction commits after later orders, and after the gap
 * timeout has passed, must still reach the read models.
 */
class CommitOrderGapIT {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(5);
    private static final String LATE = "GAP-LATE-1";
    private static final String SKU = "GAP-1";

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);

    @Test
    void anOrderCommittedAfterLaterOnesAndPastTheGapTimeoutIsStillProjected() throws Exception {
        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(100), "goods-in");
        var properties = TestStack.properties();
        try (var querySide = QuerySideProcess.start("gap_rm", properties.get("OMS_ES_URL"),
                "--oms.event-store.gap-timeout=" + GAP_TIMEOUT.toSeconds() + "s");
             Connection blocker = DriverManager.getConnection(properties.get("OMS_DB_URL"),
                     System.getenv().getOrDefault("OMS_DB_USER", "postgres"),
                     System.getenv().getOrDefault("OMS_DB_PASSWORD", ""))) {
            ReadModels readModels = querySide.readModels(jdbc);
            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(90));

            // the late order's command appends its events (taking their global indexes), then its transaction
            // waits for this one, which holds the lookup row the command writes next
            blocker.setAutoCommit(false);
            try (var statement = blocker.prepareStatement(
                    "INSERT INTO event_store.returnable_order (order_id, status) VALUES (?, 'PLACED')")) {
                statement.setString(1, LATE);
                statement.executeUpdate();
            }
            CompletableFuture<HttpResponse<String>> placing = CompletableFuture.supplyAsync(() -> oms.post("/api/orders",
                    OrderRequests.withOrderId(LATE, OrderRequests.phoneOrder("Lena Late", "late@example.com", SKU, 1, "4.00")),
                    "agent"));
            await().atMost(Duration.ofSeconds(20)).until(this::aCommandWaitsOnTheBlocker);

            List<String> passing = new ArrayList<>(placeAndAwaitProjected(2, "Before"));
            // the hole stays open past the gap timeout: this wait is the scenario, not a wait for a projection
            Thread.sleep(GAP_TIMEOUT.plusSeconds(2).toMillis());
            passing.addAll(placeAndAwaitProjected(2, "After"));
            assertThat(projectedOrders(List.of(LATE))).isZero();

            blocker.rollback();
            assertThat(placing.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(placedIndex(LATE)).as("the late order's index is below every order that passed it")
                    .isLessThan(passing.stream().mapToLong(this::placedIndex).min().orElseThrow());

            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(60));
            assertThat(projectedOrders(List.of(LATE))).as("the late order in the order list").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM gap_rm.order_timeline WHERE order_id = ?", Long.class, LATE))
                    .as("the late order's timeline").isPositive();
            assertThat(readModels.content("order-search")).as("the late order in search").contains(LATE);
            for (String projection : List.of("order-list", "order-timeline", "order-search")) {
                String live = readModels.content(projection);
                assertThat(readModels.rebuilt(projection, Duration.ofSeconds(60))).as(projection).isEqualTo(live);
            }
        }
    }

    private boolean aCommandWaitsOnTheBlocker() {
        Integer waiting = jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO returnable_order%'""",
                Integer.class);
        return waiting != null && waiting > 0;
    }

    private List<String> placeAndAwaitProjected(int count, String customer) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "GAP-" + customer.toUpperCase() + "-" + i;
            var response = oms.post("/api/orders", OrderRequests.withOrderId(id,
                    OrderRequests.phoneOrder(customer + " " + i, "gap@example.com", SKU, 1, "4.00")), "agent");
            assertThat(response.statusCode()).isEqualTo(201);
            ids.add(id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> projectedOrders(ids) == ids.size());
        return ids;
    }

    private long projectedOrders(List<String> ids) {
        return jdbc.queryForObject("SELECT count(*) FROM gap_rm.orders WHERE order_id = ANY (?)", Long.class,
                (Object) ids.toArray(String[]::new));
    }

    private long placedIndex(String orderId) {
        return jdbc.queryForObject("""
                SELECT global_index FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = 'org.openoms.kernel.order.OrderPlaced'""", Long.class, orderId);
    }
}

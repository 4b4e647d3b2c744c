package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search indexes survive a query side that dies in the middle of a batch: Elasticsearch already holds
 * documents whose events the token store never saw committed, so they are replayed, and a replayed write is
 * the event already applied, not a failure.
 */
class SearchCrashIT {

    private static final List<String> SEARCH = List.of("order-search", "message-search");

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);

    @Test
    void searchIndexesEqualARebuildAfterTheQuerySideIsKilledMidBatch() {
        oms.post("/api/stock/MAIN/CRASH-1/receipts", OrderRequests.receipt(1000), "goods-in");
        try (var querySide = QuerySideProcess.start("crash_rm", TestStack.properties().get("OMS_ES_URL"));
             var traffic = new OrderTraffic(oms, "CRASH-1", 4)) {
            ReadModels readModels = querySide.readModels(jdbc);
            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(90));

            traffic.place(120, "Crash Carla");
            await().atMost(Duration.ofSeconds(60)).until(() -> traffic.placed() >= 30);
            querySide.kill();
            await().atMost(Duration.ofSeconds(60)).until(() -> traffic.placed() >= 60);
            querySide.restart();
            traffic.awaitDone();
            assertThat(traffic.failures()).isEmpty();

            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(120));
            assertThat(readModels.documents("orders")).isEqualTo(ordersInTheStore());
            assertThat(readModels.projections()).allSatisfy(p -> assertThat(p.path("inErrorRetry").asBoolean()).isFalse());
            for (String projection : SEARCH) {
                String afterCrash = readModels.content(projection);
                assertThat(readModels.rebuilt(projection, Duration.ofSeconds(120))).as(projection).isEqualTo(afterCrash);
            }
        }
    }

    private long ordersInTheStore() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type = ?",
                Long.class, "org.openoms.kernel.order.OrderPlaced");
    }
}

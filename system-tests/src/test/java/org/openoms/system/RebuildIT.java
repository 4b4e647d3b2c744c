package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read model rebuilt by replay comes out identical to the live one, checksum for checksum. */
class RebuildIT {

    private final RunningOms oms = RunningOms.get();
    private final ReadModels readModels = new ReadModels(oms.querySide.getBean(JdbcTemplate.class), "read_model",
            TestStack.properties().get("OMS_ES_INDEX_PREFIX"), oms.queryUrl, oms.token("admin"));

    @Test
    void everyProjectionRebuiltFromTheEventStoreEqualsTheLiveOne() {
        seedOneOfEverything();
        readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(30));
        for (String name : ReadModels.OWNED.keySet()) {
            String live = readModels.content(name);
            assertThat(live.lines()).as(name + " has something to rebuild in every table and index")
                    .allSatisfy(owned -> assertThat(owned).isNotEmpty().doesNotStartWith("0:"));
            assertThat(readModels.rebuilt(name, Duration.ofSeconds(60))).as(name + " rebuilt").isEqualTo(live);
        }
        assertThat(oms.postToQuerySide("/api/admin/projections/no-such-thing/rebuild").statusCode()).isEqualTo(404);
    }

    private void seedOneOfEverything() {
        oms.post("/api/stock/MAIN/REBUILD-1/receipts", OrderRequests.receipt(4), "goods-in");
        assertThat(oms.post("/api/orders", OrderRequests.phoneOrder("Quentin Queue", "queue@example.com", "REBUILD-1", 1,
                "3.00"), "agent").statusCode()).as("an order that stays on the despatch queue").isEqualTo(201);
        var placed = oms.post("/api/orders",
                OrderRequests.phoneOrder("Rebecca Rebuild", "rebuild@example.com", "REBUILD-1", 1, "3.00"), "agent");
        assertThat(placed.statusCode()).isEqualTo(201);
        String orderId = placed.body().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
        oms.post("/api/orders/" + orderId + "/messages", """
                {"direction": "INBOUND", "channel": "EMAIL", "sender": "r@example.com", "body": "rebuild me"}""", "inbox");
        await().atMost(Duration.ofSeconds(10)).until(() -> oms.query("/api/orders/" + orderId).body().contains("CONFIRMED"));
        assertThat(oms.post("/api/orders/" + orderId + "/despatch",
                "{\"carrier\": \"DPD\", \"trackingNumber\": \"REBUILD-T1\"}", "packer").statusCode()).isEqualTo(204);
        var requested = oms.post("/api/returns", """
                {"orderId": "%s", "lines": [{"lineNumber": 1, "quantity": 1}], "reason": "DAMAGED", "channel": "EMAIL"}"""
                .formatted(orderId), "agent");
        assertThat(requested.statusCode()).isEqualTo(201);
        String returnId = requested.body().replaceAll(".*\"returnId\":\"([^\"]+)\".*", "$1");
        assertThat(oms.post("/api/returns/" + returnId + "/receive", """
                {"location": "MAIN", "lines": [{"lineNumber": 1, "disposition": "BACK_TO_STOCK"}]}""", "goods-in")
                .statusCode()).isEqualTo(204);
    }
}

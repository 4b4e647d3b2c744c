package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A despatched order comes partly back: stock goes up, the refund is on the order's timeline. */
class ReturnJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "RETURN-1";
    private final RunningOms oms = RunningOms.get();

    @Test
    void aReturnReceivedBackToStockRaisesStockAndRefundsOnTheTimeline() throws Exception {
        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(3), "goods-in");
        var placed = oms.post("/api/orders",
                OrderRequests.phoneOrder("Mary Seacole", "mary@example.org", SKU, 3, "10.00"), "agent");
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(orderId).equals("CONFIRMED"));
        assertThat(oms.post("/api/orders/" + orderId + "/despatch",
                "{\"carrier\": \"DPD\", \"trackingNumber\": \"15501234\"}", "packer").statusCode()).isEqualTo(204);

        var requested = oms.post("/api/returns", """
                {"orderId": "%s", "lines": [{"lineNumber": 1, "quantity": 2}], "reason": "CHANGED_MIND",
                 "channel": "EMAIL", "note": "too big"}""".formatted(orderId), "agent-ann");
        assertThat(requested.statusCode()).isEqualTo(201);
        String returnId = JSON.readTree(requested.body()).path("returnId").asText();

        var tooMany = oms.post("/api/returns", """
                {"orderId": "%s", "lines": [{"lineNumber": 1, "quantity": 2}], "reason": "DAMAGED", "channel": "PHONE"}"""
                .formatted(orderId), "agent-ann");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tooMany.body()).path("errors").path(0).path("field").asText())
                .isEqualTo("lines[0].quantity");

        assertThat(oms.post("/api/returns/" + returnId + "/receive", """
                {"location": "MAIN", "lines": [{"lineNumber": 1, "disposition": "BACK_TO_STOCK"}]}""", "goods-in")
                .statusCode()).isEqualTo(204);

        JsonNode level = await().atMost(Duration.ofSeconds(15)).until(
                () -> JSON.readTree(oms.query("/api/stock?sku=" + SKU).body()).path("levels").path(0),
                l -> l.path("onHand").asInt() == 2);
        assertThat(level.path("availableToPromise").asInt()).isEqualTo(2);

        JsonNode timeline = await().atMost(Duration.ofSeconds(15)).until(
                () -> JSON.readTree(oms.query("/api/orders/" + orderId + "/timeline").body()),
                t -> types(t).contains("StockReturned"));
        assertThat(types(timeline)).containsSubsequence("OrderDespatched", "ReturnRequested", "ReturnReceived",
                "ReturnCompleted", "StockReturned");
        // 2 x 10.00 less 10% restocking and 3.95 postage, by the house rule for a change of mind
        JsonNode completed = entry(timeline, "ReturnCompleted");
        assertThat(completed.path("payload").path("refund").path("amount").decimalValue()).isEqualByComparingTo("14.05");
        assertThat(entry(timeline, "ReturnRequested").path("actor").asText()).isEqualTo("agent-ann");
    }

    private String status(String orderId) throws Exception {
        return JSON.readTree(oms.query("/api/orders/" + orderId).body()).path("status").asText();
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.path("entries").forEach(e -> types.add(e.path("type").asText()));
        return types;
    }
}

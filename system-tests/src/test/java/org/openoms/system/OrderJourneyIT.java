package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order placed over HTTP shows up in every read model: list, detail, timeline and search. */
class OrderJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningOms oms = RunningOms.get();

    @Test
    void aPlacedOrderAppearsInTheListTheDetailTheTimelineAndTheSearch() throws Exception {
        assertThat(oms.post("/api/stock/MAIN/JOURNEY-1/receipts", OrderRequests.receipt(5), "goods-in").statusCode())
                .isEqualTo(204);
        var placed = oms.post("/api/orders",
                OrderRequests.phoneOrder("Florence Nightingale", "florence@example.org", "JOURNEY-1", 3, "12.75"),
                "agent-jane");
        assertThat(placed.statusCode()).isEqualTo(201);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();

        JsonNode listed = await().atMost(Duration.ofSeconds(10)).until(
                () -> findInList("/api/orders?customer=nightingale&status=CONFIRMED", orderId), node -> node != null);
        assertThat(listed.path("channel").asText()).isEqualTo("PHONE");
        // 3 x 12.75 + 4.99 shipping - 1.50 discount + 0.75 surcharge, exactly
        assertThat(listed.path("total").path("amount").decimalValue()).isEqualByComparingTo("42.49");
        assertThat(listed.path("total").path("currency").asText()).isEqualTo("GBP");

        JsonNode detail = json(oms.query("/api/orders/" + orderId).body());
        assertThat(detail.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(detail.path("lines").path(0).path("stock").asText()).isEqualTo("RESERVED");
        assertThat(detail.path("totals").path("goods").path("amount").decimalValue()).isEqualByComparingTo("38.25");
        assertThat(detail.path("shippingAddress").path("city").asText()).isEqualTo("Manchester");

        JsonNode timeline = await().atMost(Duration.ofSeconds(10)).until(
                () -> json(oms.query("/api/orders/" + orderId + "/timeline").body()),
                node -> types(node).contains("OrderConfirmed"));
        assertThat(types(timeline)).containsExactly("OrderPlaced", "StockReserved", "OrderConfirmed");
        JsonNode first = timeline.path("entries").path(0);
        assertThat(first.path("actor").asText()).isEqualTo("agent-jane");
        assertThat(first.path("summary").asText()).contains("placed via PHONE by Florence Nightingale");
        assertThat(first.path("correlationId").asText()).isNotBlank();
        // the fulfilment process reserved and confirmed: the system did it, on the agent's request's correlation
        for (JsonNode followUp : List.of(timeline.path("entries").path(1), timeline.path("entries").path(2))) {
            assertThat(followUp.path("actor").asText()).isEqualTo("system");
            assertThat(followUp.path("correlationId").asText()).isEqualTo(first.path("correlationId").asText());
        }
        assertThat(first.path("payload").path("orderId").path("value").asText()).isEqualTo(orderId);

        JsonNode found = await().atMost(Duration.ofSeconds(15)).until(
                () -> json(oms.query("/api/orders/search?q=" + URLEncoder.encode("Florense Nightingal",
                        StandardCharsets.UTF_8)).body()),
                node -> node.path("totalHits").asLong() > 0);
        assertThat(found.path("hits").path(0).path("orderId").asText()).isEqualTo(orderId);
        assertThat(found.path("hits").path(0).path("highlights").path("customerName").path(0).asText())
                .contains("<em>Florence</em>");
    }

    @Test
    void cancellingAnOrderReleasesItsStockAndShowsOnItsTimeline() throws Exception {
        oms.post("/api/stock/MAIN/JOURNEY-2/receipts", OrderRequests.receipt(2), "goods-in");
        var placed = oms.post("/api/orders",
                OrderRequests.phoneOrder("Isambard Brunel", "ikb@example.org", "JOURNEY-2", 2, "3.10"), "agent-jim");
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> reserved("JOURNEY-2") == 2);

        assertThat(oms.post("/api/orders/" + orderId + "/cancel", "{\"reason\": \"customer called\"}", "agent-kim")
                .statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> reserved("JOURNEY-2") == 0);
        JsonNode timeline = await().atMost(Duration.ofSeconds(10)).until(
                () -> json(oms.query("/api/orders/" + orderId + "/timeline").body()),
                node -> types(node).contains("StockReservationReleased"));
        JsonNode cancelled = entry(timeline, "OrderCancelled");
        assertThat(cancelled.path("actor").asText()).isEqualTo("agent-kim");
        assertThat(cancelled.path("reason").asText()).isEqualTo("customer called");
        // the list is another projection: it reaches the cancellation in its own time
        await().atMost(Duration.ofSeconds(10)).until(
                () -> json(oms.query("/api/orders/" + orderId).body()).path("status").asText(), "CANCELLED"::equals);
    }

    @Test
    void anUnknownOrderIsAProblemNotAnEmptyPage() throws Exception {
        var response = oms.query("/api/orders/no-such-order");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(oms.query("/api/orders?status=SHIPPED_TO_MARS").statusCode()).isEqualTo(400);
        assertThat(oms.query("/api/orders?size=0").statusCode()).isEqualTo(400);
    }

    private JsonNode findInList(String path, String orderId) throws Exception {
        for (JsonNode item : json(oms.query(path).body()).path("items")) {
            if (item.path("orderId").asText().equals(orderId)) {
                return item;
            }
        }
        return null;
    }

    private int reserved(String sku) throws Exception {
        JsonNode levels = json(oms.query("/api/stock?sku=" + sku).body()).path("levels");
        return levels.isEmpty() ? -1 : levels.path(0).path("reserved").asInt();
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " on the timeline");
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.path("entries").forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}

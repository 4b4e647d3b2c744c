package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.order.DespatchLight;

/** Orders awaiting despatch by light, escalations on the timeline, and despatch taking an order out. */
class DespatchQueueIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "QUEUE-1";
    private final RunningOms oms = RunningOms.get();

    @Test
    void ordersQueueByLightMostUrgentFirstAndLeaveWhenDespatched() throws Exception {
        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(10), "goods-in");
        Instant now = Instant.now();
        Instant late = now.minus(Duration.ofHours(2));
        Instant soon = now.plus(Duration.ofMinutes(30));
        Instant later = now.plus(Duration.ofDays(3));
        String lateOrder = place("Late Lucy", late);
        String soonOrder = place("Soon Sam", soon);
        String laterOrder = place("Later Liam", later);
        List<String> ours = List.of(lateOrder, soonOrder, laterOrder);

        JsonNode queue = await().atMost(Duration.ofSeconds(15)).until(() -> queue(""),
                q -> ourEntries(q, ours).size() == 3
                        && ourEntries(q, ours).stream().allMatch(e -> e.path("status").asText().equals("CONFIRMED")));
        List<JsonNode> entries = ourEntries(queue, ours);
        assertThat(entries).extracting(e -> e.path("orderId").asText()).containsExactly(lateOrder, soonOrder, laterOrder);
        ZoneId zone = ZoneId.of(queue.path("timeZone").asText());
        Instant asOf = Instant.parse(queue.path("asOf").asText());
        assertThat(entries.get(0).path("light").asText()).isEqualTo("RED");
        assertThat(entries.get(1).path("light").asText()).isEqualTo(DespatchLight.at(asOf, soon, zone).name());
        assertThat(entries.get(2).path("light").asText()).isEqualTo("GREEN");
        assertThat(queue.path("counts").path("MAIN").path("RED").asLong()).isGreaterThanOrEqualTo(1);

        // the late order was escalated to red, once per change of light and never back; its amber and red
        // deadlines were both due when it was placed, so amber shows only when the scheduler ran it first
        JsonNode timeline = await().atMost(Duration.ofSeconds(20)).until(
                () -> JSON.readTree(oms.query("/api/orders/" + lateOrder + "/timeline").body()),
                t -> escalations(t).contains("RED"));
        assertThat(escalations(timeline)).endsWith("RED").isSubsetOf("AMBER", "RED").doesNotHaveDuplicates();
        assertThat(escalations(JSON.readTree(oms.query("/api/orders/" + laterOrder + "/timeline").body()))).isEmpty();

        assertThat(oms.post("/api/orders/" + lateOrder + "/despatch",
                "{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM123456785GB\"}", "packer-pat").statusCode())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> ourEntries(queue(""), ours).size() == 2);
        assertThat(ourEntries(queue("?light=GREEN"), ours)).extracting(e -> e.path("orderId").asText())
                .containsExactly(laterOrder);
        JsonNode level = await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(oms.query("/api/stock?sku=" + SKU).body()).path("levels").path(0),
                l -> l.path("onHand").asInt() == 9);
        assertThat(level.path("reserved").asInt()).isEqualTo(2);
        assertThat(oms.post("/api/orders/" + lateOrder + "/cancel", "{\"reason\": \"too late\"}", "agent").statusCode())
                .isEqualTo(409);
    }

    private String place(String customer, Instant deadline) throws Exception {
        var response = oms.post("/api/orders",
                OrderRequests.phoneOrder(customer, "queue@example.com", SKU, 1, "1.00", deadline.toString()), "agent");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).path("orderId").asText();
    }

    private JsonNode queue(String query) throws Exception {
        return JSON.readTree(oms.query("/api/despatch-queue" + query).body());
    }

    private static List<JsonNode> ourEntries(JsonNode queue, List<String> ours) {
        List<JsonNode> entries = new ArrayList<>();
        queue.path("orders").forEach(e -> {
            if (ours.contains(e.path("orderId").asText())) {
                entries.add(e);
            }
        });
        return entries;
    }

    private static List<String> escalations(JsonNode timeline) {
        List<String> lights = new ArrayList<>();
        timeline.path("entries").forEach(e -> {
            if (e.path("type").asText().equals("DespatchDeadlineEscalated")) {
                lights.add(e.path("payload").path("light").asText());
            }
        });
        return lights;
    }
}

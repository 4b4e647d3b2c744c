package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer messages on the timeline and in one searchable inbox, live orders first. */
class MessageSearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "MESSAGE-1";
    private final RunningOms oms = RunningOms.get();

    @Test
    void messagesAreSearchableWithHighlightsLiveOrdersFirst() throws Exception {
        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(5), "goods-in");
        String closed = place("Closed Clara");
        String live = place("Live Lena");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(closed).equals("CONFIRMED"));
        oms.post("/api/orders/" + closed + "/cancel", "{\"reason\": \"customer asked\"}", "agent");

        message(closed, "m-closed-1", "INBOUND", "Where is my wobbly parcel?");
        message(live, "m-live-1", "INBOUND", "The wobbly parcel has not arrived yet");
        message(live, "m-live-1", "INBOUND", "The wobbly parcel has not arrived yet");
        message(live, "m-live-2", "OUTBOUND", "Sorry, your wobbly order ships today");
        assertThat(oms.post("/api/orders/" + live + "/notes", "{\"text\": \"called the courier\"}", "agent-ann")
                .statusCode()).isEqualTo(204);

        JsonNode found = await().atMost(Duration.ofSeconds(20)).until(() -> search("q=parcle"),
                r -> r.path("totalHits").asInt() == 2 && !r.path("hits").path(1).path("liveOrder").asBoolean(true));
        assertThat(found.path("hits").path(0).path("messageId").asText()).isEqualTo("m-live-1");
        assertThat(found.path("hits").path(0).path("liveOrder").asBoolean()).isTrue();
        assertThat(found.path("hits").path(1).path("orderId").asText()).isEqualTo(closed);
        assertThat(found.path("hits").path(0).path("highlights").path("body").path(0).asText())
                .contains("<em>parcel</em>");

        assertThat(search("q=wobbly&orderId=" + live + "&direction=OUTBOUND").path("hits"))
                .extracting(h -> h.path("messageId").asText()).containsExactly("m-live-2");
        assertThat(search("q=wobbly&channel=AMAZON").path("totalHits").asInt()).isZero();

        JsonNode timeline = await().atMost(Duration.ofSeconds(10)).until(
                () -> JSON.readTree(oms.query("/api/orders/" + live + "/timeline").body()),
                t -> types(t).contains("OrderNoteAdded"));
        assertThat(types(timeline).stream().filter("CustomerMessageRecorded"::equals)).hasSize(2);
        assertThat(oms.query("/api/messages/search?q=").statusCode()).isEqualTo(400);
    }

    private String place(String customer) throws Exception {
        var response = oms.post("/api/orders", OrderRequests.phoneOrder(customer, "msg@example.com", SKU, 1, "2.00"),
                "agent");
        return JSON.readTree(response.body()).path("orderId").asText();
    }

    private void message(String orderId, String messageId, String direction, String body) {
        var response = oms.post("/api/orders/" + orderId + "/messages", """
                {"messageId": "%s", "direction": "%s", "channel": "EMAIL", "sender": "customer@example.com",
                 "subject": "Order query", "body": "%s"}""".formatted(messageId, direction, body), "inbox");
        assertThat(response.statusCode()).isEqualTo(202);
    }

    private String status(String orderId) throws Exception {
        return JSON.readTree(oms.query("/api/orders/" + orderId).body()).path("status").asText();
    }

    private JsonNode search(String query) throws Exception {
        return JSON.readTree(oms.query("/api/messages/search?" + query).body());
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.path("entries").forEach(e -> types.add(e.path("type").asText()));
        return types;
    }
}

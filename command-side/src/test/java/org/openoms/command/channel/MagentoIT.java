package org.openoms.command.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.openoms.kernel.order.Channel;
import org.springframework.beans.factory.annotation.Autowired;

/** A Magento 2 store's orders polled through a stub of its REST API, placed once, and the despatch shipped back. */
class MagentoIT extends CommandSideTestBase {

    @Autowired
    private ChannelIntake intake;

    @Autowired
    private ChannelAccounts accounts;

    @Test
    void aProcessingOrderIsPolledPlacedAndShippedBack() throws Exception {
        ObjectNode order = (ObjectNode) WebhookDeliveries.JSON.readTree(resource());
        ObjectNode pending = order.deepCopy().put("entity_id", 32).put("state", "new");
        ObjectNode list = WebhookDeliveries.JSON.createObjectNode().put("total_count", 2);
        list.putArray("items").add(order).add(pending);
        PLATFORMS.stubFor(get(urlPathEqualTo("/rest/V1/orders"))
                .withQueryParam("searchCriteria[filter_groups][0][filters][0][field]", equalTo("updated_at"))
                .withHeader("Authorization", equalTo("Bearer magento-integration-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(list.toString())));
        PLATFORMS.stubFor(post(urlEqualTo("/rest/V1/order/31/ship"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("\"17\"")));
        postOk("/api/stock/MAIN/MAG-SHIRT-M-BLUE/receipts", "{\"quantity\": 5, \"reference\": \"PO-G\"}");
        postOk("/api/stock/MAIN/MAG-PUNCH-CARDS/receipts", "{\"quantity\": 5, \"reference\": \"PO-G\"}");
        jdbc.update("UPDATE event_store.channel_cursor SET next_poll_at = now(), failures = 0 WHERE channel = 'MAGENTO'");

        String orderId = "magento-test-magento-31";
        await().atMost(Duration.ofSeconds(30)).until(() -> events(orderId, "OrderConfirmed") == 1);
        JsonNode placed = WebhookDeliveries.JSON.readTree(event(orderId, "OrderPlaced"));
        assertThat(placed.path("lines")).as("the configurable's child row left out").hasSize(2);
        assertThat(placed.path("lines").get(1).path("quantity").asInt()).isEqualTo(2);
        assertThat(placed.path("shippingAddress").path("line2").asText()).isEqualTo("Marylebone");
        assertThat(placed.path("adjustments").toString()).contains("AUTUMN10").contains("7.5");
        assertThat(events("magento-test-magento-32", "OrderPlaced")).as("not paid").isZero();

        postOk("/api/orders/" + orderId + "/despatch", "{\"carrier\": \"DPD\", \"trackingNumber\": \"15501234567890\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "DespatchConfirmedToChannel") == 1);
        assertThat(event(orderId, "DespatchConfirmedToChannel")).contains("shipment 17");
        PLATFORMS.verify(postRequestedFor(urlEqualTo("/rest/V1/order/31/ship")).withRequestBody(equalToJson("""
                {"notify": true, "tracks": [{"track_number": "15501234567890", "title": "DPD", "carrier_code": "custom"}]}""")));
    }

    @Test
    void hostileMagentoOrdersWaitForAttention() throws Exception {
        ObjectNode order = (ObjectNode) WebhookDeliveries.JSON.readTree(resource());
        order.put("entity_id", 999);
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("not JSON", "entity_id=999");
        payloads.put("no billing address", changed(order, o -> o.remove("billing_address")));
        payloads.put("no items", changed(order, o -> o.putArray("items")));
        payloads.put("half a punch card pack", changed(order, o -> ((ObjectNode) o.path("items").get(2)).put("qty_ordered", 1.5)));
        payloads.put("no street", changed(order, o -> ((ObjectNode) o.path("billing_address")).putArray("street")));
        payloads.put("an unknown currency", changed(order, o -> o.put("order_currency_code", "XBT")));
        payloads.put("a grand total that does not add up", changed(order, o -> o.put("grand_total", 60)));
        payloads.put("a time without a date", changed(order, o -> o.put("created_at", "09:12")));
        payloads.put("a country that is none", changed(order, o -> ((ObjectNode) o.path("billing_address")).put("country_id", "QQ")));
        payloads.put("an id that is text", changed(order, o -> o.put("entity_id", "thirty-one")));
        payloads.put("a price that is text", changed(order, o -> ((ObjectNode) o.path("items").get(0)).put("price", "cheap")));
        var store = accounts.find(Channel.MAGENTO, "test-magento").orElseThrow();
        for (var payload : payloads.entrySet()) {
            assertThat(intake.place(store, "poll", payload.getValue())).as(payload.getKey())
                    .isEqualTo(IntakeLog.Outcome.NEEDS_ATTENTION);
        }
        assertThat(events("magento-test-magento-999", "OrderPlaced")).isZero();
    }

    private static String changed(ObjectNode order, Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = order.deepCopy();
        change.accept(copy);
        return WebhookDeliveries.JSON.writeValueAsString(copy);
    }

    private static String resource() throws IOException {
        try (InputStream in = MagentoIT.class.getResourceAsStream("/channels/magento/order.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

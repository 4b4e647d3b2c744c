package org.openoms.command.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Amazon's orders polled through a stub of the Selling Partner API (Login with Amazon, getOrders page by page,
 * getOrderItems, throttling), placed once, and the despatch confirmed back with confirmShipment.
 */
class AmazonIT extends CommandSideTestBase {

    private static final String ORDER = "205-1234567-0000001";

    @Autowired
    private ChannelIntake intake;

    @Autowired
    private ChannelAccounts accounts;

    @Test
    void polledOrdersArePlacedOnceAndTheirDespatchConfirmedToAmazon() throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo("/auth/o2/token")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json("{\"access_token\": \"Atza|test-access\", \"token_type\": \"bearer\", \"expires_in\": 3600}")));
        PLATFORMS.stubFor(get(urlPathEqualTo("/orders/v0/orders")).withQueryParam("NextToken", absent())
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"errors\": [{\"code\": \"QuotaExceeded\"}]}"))
                .willSetStateTo("quota back"));
        PLATFORMS.stubFor(get(urlPathEqualTo("/orders/v0/orders")).withQueryParam("NextToken", absent())
                .withQueryParam("MarketplaceIds", equalTo("A1F83G8C2ARO7P"))
                .withHeader("x-amz-access-token", equalTo("Atza|test-access"))
                .inScenario("throttled").whenScenarioStateIs("quota back")
                .willReturn(json(resource("orders-page-1.json"))));
        PLATFORMS.stubFor(get(urlPathEqualTo("/orders/v0/orders"))
                .withQueryParam("NextToken", equalTo("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4="))
                .willReturn(json(resource("orders-page-2.json"))));
        PLATFORMS.stubFor(get(urlEqualTo("/orders/v0/orders/" + ORDER + "/orderItems"))
                .willReturn(json(resource("order-items.json"))));
        PLATFORMS.stubFor(post(urlEqualTo("/orders/v0/orders/" + ORDER + "/shipmentConfirmation"))
                .willReturn(aResponse().withStatus(204)));
        for (String sku : new String[]{"AMZ-TEAPOT", "AMZ-TEA-TIN"}) {
            postOk("/api/stock/MAIN/" + sku + "/receipts", "{\"quantity\": 5, \"reference\": \"PO-A\"}");
        }
        // poll now, whatever the poller's back-off from earlier tests
        jdbc.update("UPDATE event_store.channel_cursor SET next_poll_at = now(), failures = 0 WHERE channel = 'AMAZON'");

        String orderId = "amazon-test-seller-" + ORDER;
        await().atMost(Duration.ofSeconds(30)).until(() -> events(orderId, "OrderConfirmed") == 1);
        JsonNode placed = WebhookDeliveries.JSON.readTree(event(orderId, "OrderPlaced"));
        assertThat(placed.path("channel").asText()).isEqualTo("AMAZON");
        assertThat(placed.path("despatchDeadline").asText()).isEqualTo("2026-11-26T23:59:59Z");
        assertThat(placed.path("lines").get(1).path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo("4.995");
        // UK prices hold their VAT: no tax on top, the promotion off, Amazon's 37.97 in all
        assertThat(placed.path("adjustments").toString()).contains("Amazon promotions").doesNotContain("tax");
        assertThat(events("amazon-test-seller-205-1234567-0000002", "OrderPlaced")).as("fulfilled by Amazon").isZero();
        assertThat(events("amazon-test-seller-205-1234567-0000003", "OrderPlaced")).as("not paid yet").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT cursor FROM event_store.channel_cursor WHERE channel = 'AMAZON'", String.class)
                .contains("2026-11-25T08:00:00Z"));

        postOk("/api/orders/" + orderId + "/despatch", "{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM123456785GB\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "DespatchConfirmedToChannel") == 1);
        PLATFORMS.verify(postRequestedFor(urlEqualTo("/orders/v0/orders/" + ORDER + "/shipmentConfirmation"))
                .withRequestBody(equalToJson("""
                        {"marketplaceId": "A1F83G8C2ARO7P", "packageDetail": {"packageReferenceId": "1",
                         "carrierCode": "Royal Mail", "trackingNumber": "RM123456785GB",
                         "orderItems": [{"orderItemId": "68828574383266", "quantity": 1},
                                        {"orderItemId": "68828574383267", "quantity": 2}]}}""", true, true)));
    }

    @Test
    void hostileAmazonOrdersWaitForAttention() throws Exception {
        ObjectNode envelope = WebhookDeliveries.JSON.createObjectNode();
        envelope.set("order", ((ObjectNode) WebhookDeliveries.JSON.readTree(resource("orders-page-1.json")))
                .path("payload").path("Orders").get(0).deepCopy());
        envelope.set("items", WebhookDeliveries.JSON.readTree(resource("order-items.json")).path("payload").path("OrderItems"));
        ((ObjectNode) envelope.path("order")).put("AmazonOrderId", "205-9999999-0000009");
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("not JSON", "<Orders/>");
        payloads.put("no order", "{\"items\": []}");
        payloads.put("no items", changed(envelope, e -> e.putArray("items")));
        payloads.put("no total", changed(envelope, e -> ((ObjectNode) e.path("order")).remove("OrderTotal")));
        payloads.put("no address (no restricted data token)", changed(envelope, e -> ((ObjectNode) e.path("order")).remove("ShippingAddress")));
        payloads.put("items in another currency", changed(envelope, e ->
                ((ObjectNode) e.path("items").get(0).path("ItemPrice")).put("CurrencyCode", "EUR")));
        payloads.put("an odd price for three", changed(envelope, e ->
                ((ObjectNode) e.path("items").get(1)).put("QuantityOrdered", 3)));
        payloads.put("quantity as text", changed(envelope, e -> ((ObjectNode) e.path("items").get(0)).put("QuantityOrdered", "1")));
        payloads.put("a total that does not add up", changed(envelope, e ->
                ((ObjectNode) e.path("order").path("OrderTotal")).put("Amount", "40.00")));
        payloads.put("no such country", changed(envelope, e ->
                ((ObjectNode) e.path("order").path("ShippingAddress")).put("CountryCode", "UK")));
        payloads.put("a purchase date that is none", changed(envelope, e -> ((ObjectNode) e.path("order")).put("PurchaseDate", "24/11/2026")));
        var seller = accounts.find(Channel.AMAZON, "test-seller").orElseThrow();
        for (var payload : payloads.entrySet()) {
            assertThat(intake.place(seller, "poll", payload.getValue())).as(payload.getKey())
                    .isEqualTo(IntakeLog.Outcome.NEEDS_ATTENTION);
        }
        assertThat(events("amazon-test-seller-205-9999999-0000009", "OrderPlaced")).isZero();
    }

    private static String changed(ObjectNode envelope, Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = envelope.deepCopy();
        change.accept(copy);
        return WebhookDeliveries.JSON.writeValueAsString(copy);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AmazonIT.class.getResourceAsStream("/channels/amazon/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

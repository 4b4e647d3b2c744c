package org.openoms.command.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** eBay's orders polled through a stub of the Sell Fulfillment API, placed once, and their despatch told back. */
class EbayIT extends CommandSideTestBase {

    private static final String ORDER = "12-10000-00001";

    @Autowired
    private ChannelIntake intake;

    @Autowired
    private ChannelAccounts accounts;

    @Test
    void aPaidOrderIsPolledPlacedAndItsDespatchToldToEbay() throws Exception {
        ObjectNode order = (ObjectNode) WebhookDeliveries.JSON.readTree(resource("order.json"));
        ObjectNode cancelled = order.deepCopy().put("orderId", "12-10000-00002");
        cancelled.putObject("cancelStatus").put("cancelState", "CANCELED");
        ObjectNode unpaid = order.deepCopy().put("orderId", "12-10000-00003").put("orderPaymentStatus", "PENDING");
        ObjectNode page = WebhookDeliveries.JSON.createObjectNode().put("total", 3).put("limit", 200).put("offset", 0);
        page.putArray("orders").add(order).add(cancelled).add(unpaid);
        PLATFORMS.stubFor(post(urlEqualTo("/identity/v1/oauth2/token"))
                .withHeader("Authorization", matching("Basic .+")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json("{\"access_token\": \"v^1.1#i^1#user\", \"expires_in\": 7200, \"token_type\": \"User Access Token\"}")));
        PLATFORMS.stubFor(get(urlPathEqualTo("/sell/fulfillment/v1/order"))
                .withQueryParam("filter", matching("lastmodifieddate:\\[.+\\.\\.\\]"))
                .withHeader("Authorization", equalTo("Bearer v^1.1#i^1#user"))
                .willReturn(json(page.toString())));
        PLATFORMS.stubFor(get(urlEqualTo("/sell/fulfillment/v1/order/" + ORDER)).willReturn(json(order.toString())));
        PLATFORMS.stubFor(post(urlEqualTo("/sell/fulfillment/v1/order/" + ORDER + "/shipping_fulfillment"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", PLATFORMS.baseUrl()
                        + "/sell/fulfillment/v1/order/" + ORDER + "/shipping_fulfillment/9405509699937000000001")));
        postOk("/api/stock/MAIN/EBAY-SLIDE-RULE/receipts", "{\"quantity\": 5, \"reference\": \"PO-E\"}");
        jdbc.update("UPDATE event_store.channel_cursor SET next_poll_at = now(), failures = 0 WHERE channel = 'EBAY'");

        String orderId = "ebay-test-ebay-" + ORDER;
        await().atMost(Duration.ofSeconds(30)).until(() -> events(orderId, "OrderConfirmed") == 1);
        JsonNode placed = WebhookDeliveries.JSON.readTree(event(orderId, "OrderPlaced"));
        assertThat(placed.path("despatchDeadline").asText()).isEqualTo("2026-11-26T23:59:59Z");
        assertThat(placed.path("lines").get(0).path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(placed.path("shippingAddress").path("line2").asText()).isEqualTo("Adlington Road");
        assertThat(events("ebay-test-ebay-12-10000-00003", "OrderPlaced")).as("not paid").isZero();
        // cancelled before the OMS ever had it: nothing to undo, nothing for a person to look at
        assertThat(jdbc.queryForList("""
                SELECT outcome FROM event_store.channel_intake WHERE channel = 'EBAY' AND channel_order_ref = ?""",
                String.class, "12-10000-00002")).isNotEmpty().containsOnly("IGNORED");

        postOk("/api/orders/" + orderId + "/despatch", "{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM987654321GB\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "DespatchConfirmedToChannel") == 1);
        PLATFORMS.verify(postRequestedFor(urlEqualTo("/sell/fulfillment/v1/order/" + ORDER + "/shipping_fulfillment"))
                .withRequestBody(equalToJson("""
                        {"lineItems": [{"lineItemId": "10000000001", "quantity": 2}],
                         "shippingCarrierCode": "RoyalMail", "trackingNumber": "RM987654321GB"}""", true, true)));
        assertThat(event(orderId, "DespatchConfirmedToChannel"))
                .contains("9405509699937000000001");
    }

    @Test
    void hostileEbayOrdersWaitForAttention() throws Exception {
        ObjectNode order = (ObjectNode) WebhookDeliveries.JSON.readTree(resource("order.json"));
        order.put("orderId", "12-99999-00009");
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("not JSON", "orderId=12");
        payloads.put("no pricing", changed(order, o -> o.remove("pricingSummary")));
        payloads.put("no ship-to", changed(order, o -> o.putArray("fulfillmentStartInstructions")));
        payloads.put("no lines", changed(order, o -> o.putArray("lineItems")));
        payloads.put("a line in euros", changed(order, o ->
                ((ObjectNode) o.path("lineItems").get(0).path("lineItemCost")).put("currency", "EUR")));
        payloads.put("thirty for seven", changed(order, o -> ((ObjectNode) o.path("lineItems").get(0)).put("quantity", 7)));
        payloads.put("a total that does not add up", changed(order, o ->
                ((ObjectNode) o.path("pricingSummary").path("total")).put("value", "31.00")));
        payloads.put("no such country", changed(order, o -> ((ObjectNode) o.path("fulfillmentStartInstructions").get(0)
                .path("shippingStep").path("shipTo").path("contactAddress")).put("countryCode", "XX")));
        payloads.put("no name", changed(order, o -> ((ObjectNode) o.path("fulfillmentStartInstructions").get(0)
                .path("shippingStep").path("shipTo")).remove("fullName")));
        payloads.put("an amount in words", changed(order, o ->
                ((ObjectNode) o.path("pricingSummary").path("deliveryCost")).put("value", "two fifty")));
        payloads.put("a line without SKU", changed(order, o -> ((ObjectNode) o.path("lineItems").get(0)).remove("sku")));
        var seller = accounts.find(Channel.EBAY, "test-ebay").orElseThrow();
        for (var payload : payloads.entrySet()) {
            assertThat(intake.place(seller, "poll", payload.getValue())).as(payload.getKey())
                    .isEqualTo(IntakeLog.Outcome.NEEDS_ATTENTION);
        }
        assertThat(events("ebay-test-ebay-12-99999-00009", "OrderPlaced")).isZero();
    }

    private static String changed(ObjectNode order, Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = order.deepCopy();
        change.accept(copy);
        return WebhookDeliveries.JSON.writeValueAsString(copy);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EbayIT.class.getResourceAsStream("/channels/ebay/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

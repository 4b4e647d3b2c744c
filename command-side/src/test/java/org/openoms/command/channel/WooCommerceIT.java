package org.openoms.command.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A WooCommerce store's order webhooks and the despatch told back to its REST API (a WireMock stub of it). */
class WooCommerceIT extends CommandSideTestBase {

    private WebhookDeliveries store;
    private ObjectNode order;
    private long id;

    @BeforeEach
    void sampleOrder() {
        store = WebhookDeliveries.wooCommerce(http, WOOCOMMERCE_SECRET);
        id = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L);
        order = WebhookDeliveries.sample("/channels/woocommerce/order-created.json", id);
        order.put("number", Long.toString(id));
        for (String sku : new String[]{"WOO-SINGLE-1", "WOO-IDEA-BLACK-M"}) {
            postOk("/api/stock/MAIN/" + sku + "/receipts", "{\"quantity\": 5, \"reference\": \"PO-W\"}");
        }
    }

    @Test
    void theSavePingIsAnsweredAndWritesNothing() {
        long deliveries = deliveries();
        var ping = store.post("webhook_id=42".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(ping.getStatusCode().value()).isEqualTo(200);
        assertThat(deliveries()).isEqualTo(deliveries);
    }

    @Test
    void aSignedOrderIsPlacedOnceWithWooCommercesTotal() throws Exception {
        assertThat(store.deliver("order.created", order).getBody()).contains("PLACED");
        assertThat(store.deliver("order.created", order).getBody()).contains("REPEATED");
        JsonNode placed = WebhookDeliveries.JSON.readTree(event(orderId(), "OrderPlaced"));
        assertThat(placed.path("channel").asText()).isEqualTo("WOOCOMMERCE");
        assertThat(placed.path("lines").get(0).path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(placed.path("shippingAddress").path("region").asText()).isEqualTo("CA");
        assertThat(placed.path("adjustments").toString()).contains("twodollars").contains("1.35");
        assertThat(store.post(WebhookDeliveries.JSON.writeValueAsBytes(order), Map.of("X-WC-Webhook-Topic", "order.created",
                "X-WC-Webhook-Signature", WebhookDeliveries.signature("wrong", new byte[0]))).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void hostileOrdersWaitForAttentionAndPlaceNothing() throws Exception {
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        payloads.put("not JSON", "order=727".getBytes(StandardCharsets.UTF_8));
        payloads.put("no billing", changed(o -> o.remove("billing")));
        payloads.put("quantity zero", changed(o -> ((ObjectNode) o.path("line_items").get(0)).put("quantity", 0)));
        payloads.put("a subtotal that is no unit price", changed(o ->
                ((ObjectNode) o.path("line_items").get(0)).put("quantity", 3).put("subtotal", "10.00")));
        payloads.put("unknown currency", changed(o -> o.put("currency", "ABC")));
        payloads.put("a date that is none", changed(o -> o.put("date_created_gmt", "yesterday")));
        payloads.put("total off by a cent", changed(o -> o.put("total", "35.36")));
        payloads.put("a country that is none", changed(o -> ((ObjectNode) o.path("billing")).put("country", "Narnia")));
        payloads.put("line items as an object", changed(o -> o.putObject("line_items")));
        payloads.put("an id that is text", changed(o -> o.put("id", "seven")));
        payloads.put("a 40-digit amount", changed(o -> o.put("shipping_total", "1234567890123456789012345678901234567890")));
        for (var payload : payloads.entrySet()) {
            assertThat(store.deliver("order.created", payload.getValue()).getBody()).as(payload.getKey())
                    .contains("NEEDS_ATTENTION");
        }
        assertThat(events(orderId(), "OrderPlaced")).isZero();
    }

    @Test
    void aCancellationOnTheStoreCancelsAndADespatchIsToldBackToIt() {
        PLATFORMS.stubFor(post(urlEqualTo("/wp-json/wc/v3/orders/" + id + "/notes"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": 281, \"customer_note\": true}")));
        PLATFORMS.stubFor(put(urlEqualTo("/wp-json/wc/v3/orders/" + id))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": " + id + ", \"status\": \"completed\"}")));
        assertThat(store.deliver("order.created", order).getBody()).contains("PLACED");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId(), "OrderConfirmed") == 1);
        postOk("/api/orders/" + orderId() + "/despatch", "{\"carrier\": \"USPS\", \"trackingNumber\": \"9400"
                + id + "\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId(), "DespatchConfirmedToChannel") == 1);
        String basic = "Basic " + Base64.getEncoder().encodeToString("ck_test:cs_test".getBytes(StandardCharsets.UTF_8));
        PLATFORMS.verify(postRequestedFor(urlEqualTo("/wp-json/wc/v3/orders/" + id + "/notes"))
                .withHeader("Authorization", equalTo(basic))
                .withRequestBody(equalToJson("{\"note\": \"Despatched with USPS, tracking number 9400" + id
                        + "\", \"customer_note\": true}")));
        PLATFORMS.verify(putRequestedFor(urlEqualTo("/wp-json/wc/v3/orders/" + id))
                .withRequestBody(equalToJson("{\"status\": \"completed\"}")));

        long other = id + 1;
        ObjectNode second = WebhookDeliveries.sample("/channels/woocommerce/order-created.json", other);
        assertThat(store.deliver("order.created", second).getBody()).contains("PLACED");
        second.put("status", "cancelled");
        assertThat(store.deliver("order.updated", second).getBody()).contains("CANCELLED");
        second.put("status", "processing");
        assertThat(store.deliver("order.updated", second).getBody()).contains("IGNORED");
        // its reservations released, so later tests start from a quiet store
        await().atMost(Duration.ofSeconds(20)).until(() -> released("woocommerce-test-store-" + other) == 2);
    }

    private String orderId() {
        return "woocommerce-test-store-" + id;
    }

    private long deliveries() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.channel_intake WHERE channel = 'WOOCOMMERCE'", Long.class);
    }

    private byte[] changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = order.deepCopy();
        change.accept(copy);
        return WebhookDeliveries.JSON.writeValueAsBytes(copy);
    }

}

package org.openoms.command.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** Shopify's order webhooks against the real command side and database, fed Shopify's own sample order. */
class ShopifyWebhookIT extends CommandSideTestBase {

    private static final ObjectMapper JSON = WebhookDeliveries.JSON;

    private WebhookDeliveries shopify;
    private ObjectNode order;
    private String shopifyId;

    @BeforeEach
    void sampleOrder() {
        shopify = WebhookDeliveries.shopify(http, SHOPIFY_SECRET);
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        shopifyId = Long.toString(id);
        order = WebhookDeliveries.sampleOrder(id);
        for (String sku : List.of("IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK")) {
            receive(sku);
        }
    }

    @Test
    void aSignedOrderBecomesOneOrderHoweverOftenItIsDelivered() throws Exception {
        var first = deliver("orders/create", JSON.writeValueAsBytes(order));
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).contains("PLACED");
        assertThat(deliver("orders/create", JSON.writeValueAsBytes(order)).getBody()).contains("REPEATED");

        String orderId = "shopify-test-shop-" + shopifyId;
        List<Map<String, Object>> placed = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%OrderPlaced'""",
                orderId);
        assertThat(placed).hasSize(1);
        JsonNode event = JSON.readTree((String) placed.get(0).get("payload"));
        assertThat(event.path("channel").asText()).isEqualTo("SHOPIFY");
        assertThat(event.path("channelOrderRef").asText()).isEqualTo("#1001");
        assertThat(event.path("shippingAddress").path("countryCode").asText()).isEqualTo("US");
        assertThat(event.path("shippingAddress").path("region").asText()).isEqualTo("KY");
        assertThat(event.path("lines")).hasSize(3);
        assertThat(event.path("lines").get(0).path("unitPrice").path("amount").decimalValue())
                .isEqualByComparingTo("199.00");
        // discount TENOFF and the tax on top: the same 598.94 Shopify charged
        assertThat(event.path("adjustments").toString()).contains("TENOFF").contains("11.94");
        assertThat(JSON.readTree((String) placed.get(0).get("meta")).path("actor").asText()).isEqualTo("Shopify test-shop");
    }

    @Test
    void aWebhookWhoseSignatureDoesNotVerifyIsRefusedAndWritesNothing() throws Exception {
        long deliveries = deliveries();
        byte[] body = JSON.writeValueAsBytes(order);
        assertThat(post(body, Map.of("X-Shopify-Topic", "orders/create")).getStatusCode().value()).isEqualTo(401);
        assertThat(post(body, Map.of("X-Shopify-Topic", "orders/create", "X-Shopify-Hmac-Sha256",
                signature("another-secret", body))).getStatusCode().value()).isEqualTo(401);
        assertThat(post(body, Map.of("X-Shopify-Topic", "orders/create", "X-Shopify-Hmac-Sha256", "not base64!"))
                .getStatusCode().value()).isEqualTo(401);
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("199.00", "1.00").getBytes(StandardCharsets.UTF_8);
        var tampered = post(altered, Map.of("X-Shopify-Topic", "orders/create", "X-Shopify-Hmac-Sha256",
                signature(SHOPIFY_SECRET, body)));
        assertThat(tampered.getStatusCode().value()).isEqualTo(401);
        assertThat(tampered.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var otherShop = http.exchange("/api/channels/shopify/no-such-shop/webhooks", HttpMethod.POST,
                new HttpEntity<>(body, headers(Map.of("X-Shopify-Topic", "orders/create",
                        "X-Shopify-Hmac-Sha256", signature(SHOPIFY_SECRET, body)))), String.class);
        assertThat(otherShop.getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "shopify-test-shop-" + shopifyId)).isZero();
        assertThat(deliveries()).isEqualTo(deliveries);
    }

    @Test
    void hostilePayloadsWaitForAttentionWithTheirReasonAndPlaceNothing() throws Exception {
        Map<String, byte[]> payloads = new java.util.LinkedHashMap<>();
        payloads.put("not JSON", "<order/>".getBytes(StandardCharsets.UTF_8));
        byte[] whole = JSON.writeValueAsBytes(order);
        payloads.put("truncated", java.util.Arrays.copyOf(whole, whole.length / 2));
        payloads.put("an array", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        payloads.put("quantity as text", changed(o -> ((ObjectNode) o.path("line_items").get(0)).put("quantity", "two")));
        payloads.put("no lines", changed(o -> o.remove("line_items")));
        payloads.put("empty lines", changed(o -> o.putArray("line_items")));
        payloads.put("unknown currency", changed(o -> o.put("currency", "XYZ")));
        payloads.put("an amount of a billion digits", changed(o ->
                ((ObjectNode) o.path("line_items").get(0)).put("price", "1e999999999")));
        payloads.put("no such country", changed(o -> {
            ((ObjectNode) o.path("shipping_address")).put("country_code", "ZZ");
            ((ObjectNode) o.path("shipping_address")).put("country", "Atlantis");
        }));
        payloads.put("no id", changed(o -> o.remove("id")));
        payloads.put("a line without SKU", changed(o -> ((ObjectNode) o.path("line_items").get(1)).putNull("sku")));
        payloads.put("totals that do not add up", changed(o -> o.put("total_price", "9999.99")));
        payloads.put("a negative price", changed(o -> ((ObjectNode) o.path("line_items").get(0)).put("price", "-5.00")));
        payloads.put("an address as a string", changed(o -> o.put("billing_address", "Chestnut Street 92")));
        payloads.put("an email that is none", changed(o -> o.put("email", "bob at example")));
        payloads.put("a line as a number", changed(o -> o.withArray("line_items").set(0, JSON.getNodeFactory().numberNode(7))));

        for (var payload : payloads.entrySet()) {
            var answer = deliver("orders/create", payload.getValue());
            assertThat(answer.getStatusCode().value()).as(payload.getKey()).isEqualTo(200);
            assertThat(answer.getBody()).as(payload.getKey()).contains("NEEDS_ATTENTION");
        }
        // other tests' processes may still be appending: only this order's stream tells
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "shopify-test-shop-" + shopifyId)).as("events from hostile payloads").isZero();
        var attention = http.exchange("/api/channels/attention?limit=" + payloads.size(), HttpMethod.GET,
                new HttpEntity<>(bearer()), String.class);
        JsonNode listed = JSON.readTree(attention.getBody());
        assertThat(listed).hasSize(payloads.size());
        assertThat(listed.toString()).contains("is not valid JSON").contains("quantity").contains("XYZ")
                .contains("country").contains("has no SKU").contains("9999.99");
        listed.forEach(entry -> assertThat(entry.path("reason").asText()).isNotBlank());
    }

    @Test
    void aBodyOverOneMegabyteIsRefused() {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        var answer = deliver("orders/create", huge);
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void anUnmappedSkuWaitsUntilItIsMappedAndTheDeliveryRetried() throws Exception {
        ((ObjectNode) order.path("line_items").get(2)).put("sku", "SHOPIFY-ONLY-" + shopifyId);
        var held = deliver("orders/create", JSON.writeValueAsBytes(order));
        assertThat(held.getBody()).contains("NEEDS_ATTENTION");
        long id = jdbc.queryForObject("SELECT max(id) FROM event_store.channel_intake WHERE channel = 'SHOPIFY'", Long.class);
        assertThat(jdbc.queryForObject("SELECT reason FROM event_store.channel_intake WHERE id = ?", String.class, id))
                .contains("SHOPIFY-ONLY-" + shopifyId).contains("map the channel's SKU");

        var mapped = http.exchange("/api/channels/shopify/test-shop/skus/SHOPIFY-ONLY-" + shopifyId, HttpMethod.PUT,
                new HttpEntity<>("{\"sku\": \"IPOD2008BLACK\"}", json()), String.class);
        assertThat(mapped.getStatusCode().value()).isEqualTo(204);
        var retried = http.exchange("/api/channels/attention/" + id + "/retry", HttpMethod.POST,
                new HttpEntity<>(bearer()), String.class);
        assertThat(retried.getBody()).contains("PLACED");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%OrderPlaced'""", Long.class,
                "shopify-test-shop-" + shopifyId)).isEqualTo(1);
    }

    @Test
    void anOrderCancelledOnShopifyIsCancelledHere() throws Exception {
        deliver("orders/create", JSON.writeValueAsBytes(order));
        order.put("cancelled_at", "2026-11-20T12:00:00-05:00");
        order.put("cancel_reason", "customer");
        var cancelled = deliver("orders/cancelled", JSON.writeValueAsBytes(order));
        assertThat(cancelled.getBody()).contains("CANCELLED");
        String reason = event("shopify-test-shop-" + shopifyId, "OrderCancelled");
        assertThat(reason).contains("cancelled on Shopify: customer");
        // its three reservations released, so later tests start from a quiet store
        await().atMost(Duration.ofSeconds(20)).until(() -> released("shopify-test-shop-" + shopifyId) == 3);
    }

    private byte[] changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = order.deepCopy();
        change.accept(copy);
        return JSON.writeValueAsBytes(copy);
    }

    private ResponseEntity<String> deliver(String topic, byte[] body) {
        return shopify.deliver(topic, body);
    }

    private ResponseEntity<String> post(byte[] body, Map<String, String> headers) {
        return shopify.post(body, headers);
    }

    private static HttpHeaders headers(Map<String, String> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        values.forEach(headers::add);
        return headers;
    }

    private static String signature(String secret, byte[] body) {
        return WebhookDeliveries.signature(secret, body);
    }

    private void receive(String sku) {
        var answer = http.exchange("/api/stock/MAIN/" + sku + "/receipts", HttpMethod.POST,
                new HttpEntity<>("{\"quantity\": 10, \"reference\": \"PO-SHOPIFY\"}", json()), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
    }

    private long deliveries() {
        // the pollers of other tests' accounts keep logging their deliveries
        return jdbc.queryForObject("SELECT count(*) FROM event_store.channel_intake WHERE channel = 'SHOPIFY'", Long.class);
    }

    private static HttpHeaders bearer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        return headers;
    }

    private static HttpHeaders json() {
        HttpHeaders headers = bearer();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}

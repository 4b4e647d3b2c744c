package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A Shopify shop's orders/create webhook, signed as Shopify signs it, through the whole OMS: the order in the
 * list, its detail, its timeline and the search; the same delivery again is the same order.
 */
class ShopifyChannelIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms = RunningOms.get();

    @Test
    void aShopifyOrderReachesEveryReadModelOnceHoweverOftenShopifyDeliversIt() throws Exception {
        oms.post("/api/stock/MAIN/SHOPIFY-TEA-1/receipts", OrderRequests.receipt(5), "goods-in");
        long shopifyId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String payload = order(shopifyId);

        assertThat(deliver(payload).body()).contains("PLACED");
        assertThat(deliver(payload).body()).contains("REPEATED");

        String orderId = "shopify-system-shop-" + shopifyId;
        await().atMost(Duration.ofSeconds(15)).until(() -> oms.query("/api/orders/" + orderId).statusCode() == 200);
        JsonNode detail = JSON.readTree(oms.query("/api/orders/" + orderId).body());
        assertThat(detail.path("channel").asText()).isEqualTo("SHOPIFY");
        assertThat(detail.path("channelOrderRef").asText()).isEqualTo("#" + (shopifyId % 100_000));
        assertThat(detail.path("totals").path("total").path("amount").decimalValue()).isEqualByComparingTo("28.95");
        assertThat(detail.path("shippingAddress").path("countryCode").asText()).isEqualTo("GB");

        // each read model is a projection of its own, each at its own pace
        await().atMost(Duration.ofSeconds(15)).until(() -> oms.query("/api/orders?channel=SHOPIFY").body().contains(orderId));
        JsonNode timeline = await().atMost(Duration.ofSeconds(15)).until(
                () -> JSON.readTree(oms.query("/api/orders/" + orderId + "/timeline").body()),
                node -> node.path("entries").size() > 0);
        JsonNode placed = timeline.path("entries").path(0);
        assertThat(placed.path("type").asText()).isEqualTo("OrderPlaced");
        assertThat(placed.path("actor").asText()).isEqualTo("Shopify system-shop");
        assertThat(timeline.toString().split("\"OrderPlaced\"", -1)).as("one OrderPlaced").hasSize(2);

        JsonNode found = await().atMost(Duration.ofSeconds(15)).until(
                () -> JSON.readTree(oms.query("/api/orders/search?q=" + URLEncoder.encode("Ada Lovelace Tea",
                        StandardCharsets.UTF_8)).body()),
                node -> node.toString().contains(orderId));
        assertThat(found.path("totalHits").asLong()).isPositive();
    }

    /** A UK shop's order as Shopify's Admin API writes it: prices include VAT, amounts are decimal strings. */
    private static String order(long id) {
        return """
                {"id": %d, "name": "#%d", "order_number": %d, "email": "ada@example.org", "phone": null,
                 "created_at": "%s", "currency": "GBP", "presentment_currency": "GBP",
                 "financial_status": "paid", "fulfillment_status": null, "taxes_included": true,
                 "subtotal_price": "25.00", "total_tax": "4.83", "total_discounts": "0.00", "total_price": "28.95",
                 "customer": {"id": 207119551, "email": "ada@example.org", "first_name": "Ada", "last_name": "Lovelace Tea"},
                 "billing_address": {"first_name": "Ada", "last_name": "Lovelace Tea", "name": "Ada Lovelace Tea",
                   "address1": "12 St James's Square", "address2": "", "city": "London", "province": "England",
                   "province_code": "ENG", "zip": "SW1Y 4JH", "country": "United Kingdom", "country_code": "GB",
                   "company": null, "phone": "+44 20 7946 0000"},
                 "shipping_address": {"first_name": "Ada", "last_name": "Lovelace Tea", "name": "Ada Lovelace Tea",
                   "address1": "12 St James's Square", "address2": "", "city": "London", "province": "England",
                   "province_code": "ENG", "zip": "SW1Y 4JH", "country": "United Kingdom", "country_code": "GB",
                   "company": null, "phone": "+44 20 7946 0000"},
                 "line_items": [{"id": 866550311, "variant_id": 808950810, "product_id": 632910392,
                   "title": "Earl Grey tea", "variant_title": "500 g", "sku": "SHOPIFY-TEA-1", "quantity": 2,
                   "price": "12.50", "total_discount": "0.00", "requires_shipping": true, "taxable": true,
                   "tax_lines": [{"price": "4.17", "rate": 0.2, "title": "GB VAT"}]}],
                 "shipping_lines": [{"id": 271878346, "title": "Royal Mail Tracked 48", "code": "tracked-48",
                   "price": "3.95", "discounted_price": "3.95",
                   "tax_lines": [{"price": "0.66", "rate": 0.2, "title": "GB VAT"}]}],
                 "discount_codes": [], "tax_lines": [{"price": "4.83", "rate": 0.2, "title": "GB VAT"}],
                 "cancelled_at": null, "cancel_reason": null, "test": false}
                """.formatted(id, id % 100_000, id % 100_000,
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
    }

    private HttpResponse<String> deliver(String payload) throws Exception {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RunningOms.SHOPIFY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var response = oms.send(HttpRequest.newBuilder(URI.create(oms.commandUrl + "/api/channels/shopify/system-shop/webhooks"))
                .header("Content-Type", "application/json").header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Hmac-Sha256", Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .header("X-Shopify-Shop-Domain", "system-shop.myshopify.com")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}

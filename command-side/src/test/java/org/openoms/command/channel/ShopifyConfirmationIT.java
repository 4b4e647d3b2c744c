package org.openoms.command.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * A despatched Shopify order is confirmed back to the shop through the Admin API's fulfillment orders, against
 * a stub of that API that first answers 429 (Shopify's rate limit) and then takes the fulfillment.
 */
class ShopifyConfirmationIT extends CommandSideTestBase {

    @Test
    void aDespatchIsConfirmedToShopifyWithItsTrackingNumberDespiteARateLimit() throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String fulfillmentOrders = "/admin/api/2025-07/orders/" + id + "/fulfillment_orders.json";
        PLATFORMS.stubFor(get(urlEqualTo(fulfillmentOrders)).inScenario("rate limit " + id)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0.5"))
                .willSetStateTo("limit passed"));
        PLATFORMS.stubFor(get(urlEqualTo(fulfillmentOrders)).inScenario("rate limit " + id)
                .whenScenarioStateIs("limit passed")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(resource("/channels/shopify/fulfillment-orders.json").replace("450789469",
                                Long.toString(id)))));
        PLATFORMS.stubFor(post(urlEqualTo("/admin/api/2025-07/fulfillments.json"))
                .withRequestBody(equalToJson("{\"fulfillment\": {\"tracking_info\": {\"number\": \"1Z" + id + "\"}}}",
                        true, true))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"fulfillment\": {\"id\": 255858046, \"order_id\": " + id
                                + ", \"status\": \"success\", \"tracking_company\": \"UPS\", \"tracking_number\": \"1Z"
                                + id + "\"}}")));
        for (String sku : new String[]{"IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK"}) {
            postOk("/api/stock/MAIN/" + sku + "/receipts", "{\"quantity\": 5, \"reference\": \"PO-1\"}");
        }
        var shopify = WebhookDeliveries.shopify(http, SHOPIFY_SECRET);
        assertThat(shopify.deliver("orders/create", WebhookDeliveries.sampleOrder(id)).getBody()).contains("PLACED");
        String orderId = "shopify-test-shop-" + id;
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "OrderConfirmed") == 1);

        postOk("/api/orders/" + orderId + "/despatch",
                "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z" + id + "\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "DespatchConfirmedToChannel") == 1);
        String confirmed = event(orderId, "DespatchConfirmedToChannel");
        assertThat(confirmed).contains("fulfillment 255858046").contains("SHOPIFY").contains("1Z" + id);
        PLATFORMS.verify(2, getRequestedFor(urlEqualTo(fulfillmentOrders))
                .withHeader("X-Shopify-Access-Token", equalTo("shpat_test")));
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo("/admin/api/2025-07/fulfillments.json"))
                .withRequestBody(equalToJson("""
                        {"fulfillment": {"notify_customer": true,
                          "tracking_info": {"number": "1Z%d", "company": "UPS"},
                          "line_items_by_fulfillment_order": [{"fulfillment_order_id": 1046000780}]}}""".formatted(id))));
        assertThat(jdbc.queryForObject("SELECT attempts FROM event_store.channel_confirmation WHERE order_id = ?",
                Integer.class, orderId)).isEqualTo(2);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ShopifyConfirmationIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

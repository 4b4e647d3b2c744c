package org.openoms.command.channel.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.ShipmentConfirmer;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Tells Shopify an order left, through the Admin REST API's fulfillment orders: the order's open fulfillment
 * orders are fulfilled in one fulfillment carrying the carrier and tracking number, and Shopify notifies the
 * customer. An order Shopify already shows as fulfilled counts as acknowledged. 429 and 5xx are waited out
 * (Shopify's Retry-After when it gives one).
 */
@Component
class ShopifyShipments implements ShipmentConfirmer {

    static final String API_VERSION = "2025-07";
    private static final Set<String> OPEN = Set.of("open", "in_progress");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ShopifyShipments(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPIFY;
    }

    @Override
    public String confirm(Account shop, String orderId, String carrier, String trackingNumber) throws ChannelUnavailable {
        if (shop.apiUrl() == null || shop.accessToken() == null) {
            throw new ChannelUnavailable("the shop has no api-url and access-token configured", null);
        }
        String api = shop.apiUrl().replaceAll("/+$", "") + "/admin/api/" + API_VERSION;
        JsonNode orders = call(shop, HttpRequest.newBuilder(URI.create(api + "/orders/" + orderId
                + "/fulfillment_orders.json")).GET()).path("fulfillment_orders");
        List<Long> open = new ArrayList<>();
        orders.forEach(order -> {
            if (OPEN.contains(order.path("status").asText())) {
                open.add(order.path("id").asLong());
            }
        });
        if (open.isEmpty()) {
            if (orders.isEmpty()) {
                throw new ChannelUnavailable("Shopify shows no fulfillment orders for order " + orderId, null);
            }
            return "already fulfilled on Shopify";
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode fulfillment = body.putObject("fulfillment");
        fulfillment.put("notify_customer", true);
        fulfillment.putObject("tracking_info").put("number", trackingNumber).put("company", carrier);
        var byOrder = fulfillment.putArray("line_items_by_fulfillment_order");
        open.forEach(id -> byOrder.addObject().put("fulfillment_order_id", id));
        JsonNode created = call(shop, HttpRequest.newBuilder(URI.create(api + "/fulfillments.json"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).path("fulfillment");
        String id = created.path("id").asText("");
        if (id.isEmpty()) {
            throw new ChannelUnavailable("Shopify answered the fulfillment without an id", null);
        }
        return "fulfillment " + id;
    }

    private JsonNode call(Account shop, HttpRequest.Builder request) throws ChannelUnavailable {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("X-Shopify-Access-Token", shop.accessToken())
                    .header("Accept", "application/json").timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelUnavailable("Shopify did not answer: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelUnavailable("interrupted", null);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ChannelUnavailable("Shopify answered " + status, retryAfter(response));
        }
        if (status >= 300) {
            throw new ChannelUnavailable("Shopify refused with " + status + ": " + shortened(response.body()), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ChannelUnavailable("Shopify's answer is not JSON", null);
        }
    }

    /** Shopify gives whole or fractional seconds. */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

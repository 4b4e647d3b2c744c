package org.openoms.command.channel.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.ShipmentConfirmer;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Tells a WooCommerce store an order left, through its REST API v3: a customer note with the carrier and
 * tracking number (WooCommerce mails it to the customer), then the order's status set to completed. The API
 * takes the store's consumer key and secret as HTTP Basic credentials: the account's access token is
 * {@code ck_...:cs_...}.
 */
@Component
class WooCommerceShipments implements ShipmentConfirmer {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WooCommerceShipments(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WOOCOMMERCE;
    }

    @Override
    public String confirm(Account store, String orderId, String carrier, String trackingNumber) throws ChannelUnavailable {
        if (store.apiUrl() == null || store.accessToken() == null || !store.accessToken().contains(":")) {
            throw new ChannelUnavailable("the store has no api-url and access-token (ck_...:cs_...) configured", null);
        }
        String order = store.apiUrl().replaceAll("/+$", "") + "/wp-json/wc/v3/orders/" + orderId;
        var note = json.createObjectNode().put("note", "Despatched with " + carrier + ", tracking number " + trackingNumber)
                .put("customer_note", true);
        JsonNode written = call(store, HttpRequest.newBuilder(URI.create(order + "/notes"))
                .POST(HttpRequest.BodyPublishers.ofString(note.toString())));
        call(store, HttpRequest.newBuilder(URI.create(order))
                .PUT(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("status", "completed").toString())));
        return "completed, note " + written.path("id").asText("?");
    }

    private JsonNode call(Account store, HttpRequest.Builder request) throws ChannelUnavailable {
        String credentials = Base64.getEncoder().encodeToString(store.accessToken().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/json").header("Accept", "application/json").timeout(TIMEOUT)
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelUnavailable("WooCommerce did not answer: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelUnavailable("interrupted", null);
        }
        if (response.statusCode() >= 300) {
            String body = response.body() == null ? "" : response.body();
            throw new ChannelUnavailable("WooCommerce answered " + response.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ChannelUnavailable("WooCommerce's answer is not JSON", null);
        }
    }
}

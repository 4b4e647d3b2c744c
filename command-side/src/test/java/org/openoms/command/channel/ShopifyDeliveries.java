package org.openoms.command.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Webhook deliveries as Shopify makes them to the test shop: Shopify's sample order, signed with the shop's secret. */
final class ShopifyDeliveries {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String WEBHOOKS = "/api/channels/shopify/test-shop/webhooks";

    private final TestRestTemplate http;
    private final String secret;

    ShopifyDeliveries(TestRestTemplate http, String secret) {
        this.http = http;
        this.secret = secret;
    }

    /** Shopify's sample order (Shopify's own API library's fixture, order 450789469) under another id. */
    static ObjectNode sampleOrder(long id) {
        try (InputStream in = ShopifyDeliveries.class.getResourceAsStream("/channels/shopify/orders-create.json")) {
            ObjectNode order = (ObjectNode) JSON.readTree(in);
            order.put("id", id);
            return order;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<String> deliver(String topic, byte[] body) {
        return post(body, Map.of("X-Shopify-Topic", topic, "X-Shopify-Hmac-Sha256", signature(secret, body),
                "X-Shopify-Shop-Domain", "test-shop.myshopify.com"));
    }

    ResponseEntity<String> deliver(String topic, ObjectNode order) {
        try {
            return deliver(topic, JSON.writeValueAsBytes(order));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<String> post(byte[] body, Map<String, String> headers) {
        HttpHeaders all = new HttpHeaders();
        all.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(all::add);
        return http.exchange(WEBHOOKS, HttpMethod.POST, new HttpEntity<>(body, all), String.class);
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

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

/** Webhook deliveries as a platform makes them to the test account: a sample order, signed with the account's secret. */
final class WebhookDeliveries {

    static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String path;
    private final String topicHeader;
    private final String signatureHeader;
    private final String secret;

    private WebhookDeliveries(TestRestTemplate http, String path, String topicHeader, String signatureHeader,
                              String secret) {
        this.http = http;
        this.path = path;
        this.topicHeader = topicHeader;
        this.signatureHeader = signatureHeader;
        this.secret = secret;
    }

    static WebhookDeliveries shopify(TestRestTemplate http, String secret) {
        return new WebhookDeliveries(http, "/api/channels/shopify/test-shop/webhooks", "X-Shopify-Topic",
                "X-Shopify-Hmac-Sha256", secret);
    }

    static WebhookDeliveries wooCommerce(TestRestTemplate http, String secret) {
        return new WebhookDeliveries(http, "/api/channels/woocommerce/test-store/webhooks", "X-WC-Webhook-Topic",
                "X-WC-Webhook-Signature", secret);
    }

    /** Shopify's sample order (Shopify's own API library's fixture, order 450789469) under another id. */
    static ObjectNode sampleOrder(long id) {
        return sample("/channels/shopify/orders-create.json", id);
    }

    /** A sample order (a test resource) under another id. */
    static ObjectNode sample(String resource, long id) {
        try (InputStream in = WebhookDeliveries.class.getResourceAsStream(resource)) {
            ObjectNode order = (ObjectNode) JSON.readTree(in);
            order.put("id", id);
            return order;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<String> deliver(String topic, byte[] body) {
        return post(body, Map.of(topicHeader, topic, signatureHeader, signature(secret, body)));
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
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, all), String.class);
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

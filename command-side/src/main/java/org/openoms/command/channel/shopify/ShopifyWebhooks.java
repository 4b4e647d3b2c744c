package org.openoms.command.channel.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openoms.command.channel.ChannelAccounts;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelIntake;
import org.openoms.command.channel.IntakeLog.Outcome;
import org.openoms.kernel.order.Channel;
import org.openoms.platform.web.ContainerErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shopify's order webhooks (orders/create, orders/cancelled, orders/updated) for one configured shop. Shopify
 * signs the raw body with the app's secret (HMAC-SHA256, base64 in {@code X-Shopify-Hmac-Sha256}); a request
 * whose signature does not verify is a 401 and nothing is written. A verified delivery is answered 200 whatever
 * became of it: a payload that cannot become an order waits on the needs-attention list, and Shopify retrying
 * it would not help.
 */
@RestController
class ShopifyWebhooks {

    /** Shopify's orders are kilobytes; anything this large is no order. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ChannelAccounts accounts;
    private final ChannelIntake intake;
    private final ObjectMapper json;

    ShopifyWebhooks(ChannelAccounts accounts, ChannelIntake intake, ObjectMapper json) {
        this.accounts = accounts;
        this.intake = intake;
        this.json = json;
    }

    public record Delivery(String outcome) {
    }

    @PostMapping("/api/channels/shopify/{account}/webhooks")
    @SecurityRequirements
    @Operation(summary = "Shopify order webhooks (signed by Shopify, no bearer token)",
            description = "Topics orders/create, orders/cancelled, orders/updated. 401 when X-Shopify-Hmac-Sha256 "
                    + "does not verify; 413 over 1 MB; otherwise 200 with what became of the delivery.")
    ResponseEntity<?> receive(@PathVariable String account, HttpServletRequest request,
                              @RequestHeader(name = "X-Shopify-Topic", required = false) String topic,
                              @RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) String signature)
            throws IOException {
        byte[] body = readBounded(request);
        if (body == null) {
            return problem(413, "the body is larger than 1 MB");
        }
        Account shop = accounts.find(Channel.SHOPIFY, account).orElse(null);
        if (shop == null || !verifies(shop, body, signature)) {
            return problem(401, "the webhook's X-Shopify-Hmac-Sha256 does not verify for this shop");
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        String subject = topic == null ? "(no topic)" : topic;
        Outcome outcome = switch (subject) {
            case "orders/create" -> intake.place(shop, subject, payload);
            case "orders/cancelled" -> cancel(shop, subject, payload);
            case "orders/updated", "orders/edited" -> intake.ignore(shop, subject, payload,
                    "changes to placed orders are not applied automatically yet");
            default -> intake.ignore(shop, subject, payload, "not an order topic the OMS handles");
        };
        return ResponseEntity.ok(new Delivery(outcome.name()));
    }

    private Outcome cancel(Account shop, String topic, String payload) {
        JsonNode order;
        try {
            order = json.readTree(payload);
        } catch (IOException e) {
            order = null;
        }
        String id = order == null ? null : order.path("id").asText(null);
        if (id == null || !id.matches("\\d{1,20}")) {
            return intake.unreadable(shop, topic, payload, "id: expected the numeric id of the cancelled order");
        }
        String why = order.path("cancel_reason").asText("");
        return intake.cancel(shop, topic, payload, id,
                "cancelled on Shopify" + (why.isBlank() || why.equals("null") ? "" : ": " + why));
    }

    /** The whole body, or null when it is longer than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    static boolean verifies(Account shop, byte[] body, String signature) {
        if (signature == null || shop.webhookSecret() == null || shop.webhookSecret().isEmpty()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(shop.webhookSecret(), body), given);
    }

    /** HMAC-SHA256 of the body with the shop's webhook secret. */
    static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String detail) {
        ProblemDetail problem = ContainerErrors.problem(status, detail);
        return ResponseEntity.status(HttpStatus.valueOf(status))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

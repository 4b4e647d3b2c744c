package org.openoms.command.channel.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openoms.command.channel.ChannelAccounts;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelIntake;
import org.openoms.command.channel.IntakeLog.Outcome;
import org.openoms.command.channel.SignedWebhooks;
import org.openoms.kernel.order.Channel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * WooCommerce's order webhooks (order.created, order.updated) for one configured store, signed by WooCommerce
 * with the webhook's secret (base64 HMAC-SHA256 of the body in {@code X-WC-Webhook-Signature}). The ping
 * WooCommerce sends when a webhook is saved ({@code webhook_id=...}, no topic) is answered 200 and writes
 * nothing, so the webhook can be saved.
 */
@RestController
class WooCommerceWebhooks {

    private final ChannelAccounts accounts;
    private final ChannelIntake intake;
    private final ObjectMapper json;

    WooCommerceWebhooks(ChannelAccounts accounts, ChannelIntake intake, ObjectMapper json) {
        this.accounts = accounts;
        this.intake = intake;
        this.json = json;
    }

    @PostMapping("/api/channels/woocommerce/{account}/webhooks")
    @SecurityRequirements
    @Operation(summary = "WooCommerce order webhooks (signed by WooCommerce, no bearer token)",
            description = "Topics order.created and order.updated (a cancelled order is cancelled). 401 when "
                    + "X-WC-Webhook-Signature does not verify; 413 over 1 MB; otherwise 200 with what became of it.")
    ResponseEntity<?> receive(@PathVariable String account, HttpServletRequest request,
                              @RequestHeader(name = "X-WC-Webhook-Topic", required = false) String topic,
                              @RequestHeader(name = "X-WC-Webhook-Signature", required = false) String signature)
            throws IOException {
        byte[] body = SignedWebhooks.readBounded(request);
        if (body == null) {
            return SignedWebhooks.tooLarge();
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        if (topic == null && payload.matches("webhook_id=\\d{1,20}")) {
            return ResponseEntity.ok(new SignedWebhooks.Delivery("PING"));
        }
        Account store = accounts.find(Channel.WOOCOMMERCE, account).orElse(null);
        if (store == null || !SignedWebhooks.verifies(store.webhookSecret(), body, signature)) {
            return SignedWebhooks.notVerified("X-WC-Webhook-Signature");
        }
        String subject = topic == null ? "(no topic)" : topic;
        Outcome outcome = switch (subject) {
            case "order.created" -> intake.place(store, subject, payload);
            case "order.updated" -> updated(store, subject, payload);
            default -> intake.ignore(store, subject, payload, "not an order topic the OMS handles");
        };
        return ResponseEntity.ok(new SignedWebhooks.Delivery(outcome.name()));
    }

    /** A cancellation arrives as an update to status "cancelled"; other changes are not applied yet. */
    private Outcome updated(Account store, String topic, String payload) {
        JsonNode order;
        try {
            order = json.readTree(payload);
        } catch (IOException e) {
            return intake.unreadable(store, topic, payload, "the payload is not valid JSON");
        }
        if (order == null || !"cancelled".equals(order.path("status").asText())) {
            return intake.ignore(store, topic, payload, "changes to placed orders are not applied automatically yet");
        }
        String id = order.path("id").asText("");
        if (!id.matches("\\d{1,20}")) {
            return intake.unreadable(store, topic, payload, "id: expected the numeric id of the cancelled order");
        }
        return intake.cancel(store, topic, payload, id, "cancelled on WooCommerce");
    }
}

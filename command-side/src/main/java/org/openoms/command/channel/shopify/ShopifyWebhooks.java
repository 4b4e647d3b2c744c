package org.openoms.command.channel.shopify;

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
 * Shopify's order webhooks (orders/create, orders/cancelled, orders/updated) for one configured shop. Shopify
 * signs the raw body with the app's secret (HMAC-SHA256, base64 in {@code X-Shopify-Hmac-Sha256}); a request
 * whose signature does not verify is a 401 and nothing is written. A verified delivery is answered 200 whatever
 * became of it: a payload that cannot become an order waits on the needs-attention list, and Shopify retrying
 * it would not help.
 */
@RestController
class ShopifyWebhooks {

    private final ChannelAccounts accounts;
    private final ChannelIntake intake;
    private final ObjectMapper json;

    ShopifyWebhooks(ChannelAccounts accounts, ChannelIntake intake, ObjectMapper json) {
        this.accounts = accounts;
        this.intake = intake;
        this.json = json;
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
        byte[] body = SignedWebhooks.readBounded(request);
        if (body == null) {
            return SignedWebhooks.tooLarge();
        }
        Account shop = accounts.find(Channel.SHOPIFY, account).orElse(null);
        if (shop == null || !SignedWebhooks.verifies(shop.webhookSecret(), body, signature)) {
            return SignedWebhooks.notVerified("X-Shopify-Hmac-Sha256");
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
        return ResponseEntity.ok(new SignedWebhooks.Delivery(outcome.name()));
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
}

package org.openoms.command.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The despatch email, rendered from its templates and sent over SMTP to a real mail server (GreenMail). */
class CustomerMailIT extends CommandSideTestBase {

    @Test
    void aDespatchSendsTheCustomerTheTrackingLinkAndShowsOnTheTimeline() throws Exception {
        String sku = "MAIL-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String email = "ada." + sku.toLowerCase() + "@example.org";
        postOk("/api/stock/MAIN/" + sku + "/receipts", "{\"quantity\": 2, \"reference\": \"PO-M\"}");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        headers.setContentType(MediaType.APPLICATION_JSON);
        var placed = http.exchange("/api/orders", HttpMethod.POST, new HttpEntity<>("""
                {"channel": "PHONE", "customer": {"name": "Ada Lovelace", "email": "%s"},
                 "billingAddress": {"name": "Ada Lovelace", "line1": "12 St James's Square", "city": "London", "countryCode": "GB"},
                 "shippingAddress": {"name": "Ada Lovelace", "line1": "12 St James's Square", "city": "London", "countryCode": "GB"},
                 "lines": [{"sku": "%s", "description": "Earl Grey", "quantity": 1, "unitPrice": {"amount": "4.50", "currency": "GBP"}}],
                 "currency": "GBP", "despatchDeadline": "2099-01-01T17:00:00Z", "deliveryDeadline": "2099-01-03T17:00:00Z"}
                """.formatted(email, sku), headers), java.util.Map.class);
        String orderId = (String) placed.getBody().get("orderId");
        String orderNumber = (String) placed.getBody().get("orderNumber");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "OrderConfirmed") == 1);
        assertThat(sentTo(email)).as("confirmations are not switched on").isEmpty();

        postOk("/api/orders/" + orderId + "/despatch", "{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RM 1234 5678 GB\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> !sentTo(email).isEmpty());
        MimeMessage mail = sentTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your order " + orderNumber + " is on its way");
        assertThat(mail.getFrom()[0].toString()).contains("orders@teaandcakes.example");
        String content = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(content).contains("Dear Ada Lovelace").contains("RM 1234 5678 GB")
                .contains("https://www.royalmail.com/track-your-item#/tracking-results/RM+1234+5678+GB")
                .contains("<a href=");
        await().atMost(Duration.ofSeconds(10)).until(() -> events(orderId, "CustomerMessageRecorded") == 1);
        assertThat(event(orderId, "CustomerMessageRecorded")).contains("OUTBOUND").contains("is on its way");
    }

    private static List<MimeMessage> sentTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}

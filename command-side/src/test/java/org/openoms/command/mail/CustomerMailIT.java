package org.openoms.command.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import com.icegreen.greenmail.util.GreenMailUtil;
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
        var invoice = (jakarta.mail.internet.MimeBodyPart) ((jakarta.mail.Multipart) mail.getContent()).getBodyPart(1);
        assertThat(invoice.getFileName()).isEqualTo("invoice-" + orderNumber + ".pdf");
        var pdf = new com.lowagie.text.pdf.PdfReader(invoice.getInputStream());
        String page = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(page).contains("Invoice " + orderNumber).contains(sku).contains("Earl Grey").contains("4.50");
        await().atMost(Duration.ofSeconds(10)).until(() -> events(orderId, "CustomerMessageRecorded") == 1);
        assertThat(event(orderId, "CustomerMessageRecorded")).contains("OUTBOUND").contains("is on its way");
    }

    @Test
    void customersEmailsLandOnTheirOrdersTimelineAndTheRestWaitsUnmatched() throws Exception {
        String sku = "INBOX-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String customer = "grace." + sku.toLowerCase() + "@example.org";
        postOk("/api/stock/MAIN/" + sku + "/receipts", "{\"quantity\": 2, \"reference\": \"PO-I\"}");
        var placed = place(customer, sku);
        String orderId = (String) placed.get("orderId");
        String orderNumber = (String) placed.get("orderNumber");

        var smtp = MAIL.getSmtp().getServerSetup();
        GreenMailUtil.sendTextEmail(MAILBOX, "someone.else@example.net", "About " + orderNumber,
                "My partner ordered " + orderNumber + "; could it be gift wrapped?", smtp);
        GreenMailUtil.sendTextEmail(MAILBOX, customer, "Delivery", "Could you leave it with the neighbour?", smtp);
        String stranger = "stranger." + sku.toLowerCase() + "@example.net";
        GreenMailUtil.sendTextEmail(MAILBOX, stranger, "Do you sell teapots?", "Asking for a friend.", smtp);

        await().atMost(Duration.ofSeconds(20)).until(() -> events(orderId, "CustomerMessageRecorded") == 2);
        assertThat(jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.CustomerMessageRecorded'""", String.class, orderId))
                .allSatisfy(message -> assertThat(message).contains("INBOUND").contains("EMAIL"))
                .anySatisfy(message -> assertThat(message).contains("gift wrapped"))
                .anySatisfy(message -> assertThat(message).contains("neighbour").contains(customer));
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.exchange("/api/inbox/unmatched", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getBody().contains(stranger));
        assertThat(MAIL.getReceivedMessagesForDomain("teaandcakes.example")).allSatisfy(message ->
                assertThat(message.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).isTrue());
    }

    private java.util.Map<?, ?> place(String email, String sku) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/orders", HttpMethod.POST, new HttpEntity<>("""
                {"channel": "PHONE", "customer": {"name": "Grace Hopper", "email": "%s"},
                 "billingAddress": {"name": "Grace Hopper", "line1": "1 Deansgate", "city": "Manchester", "countryCode": "GB"},
                 "shippingAddress": {"name": "Grace Hopper", "line1": "1 Deansgate", "city": "Manchester", "countryCode": "GB"},
                 "lines": [{"sku": "%s", "description": "Assam", "quantity": 1, "unitPrice": {"amount": "3.50", "currency": "GBP"}}],
                 "currency": "GBP", "despatchDeadline": "2099-01-01T17:00:00Z", "deliveryDeadline": "2099-01-03T17:00:00Z"}
                """.formatted(email, sku), headers), java.util.Map.class).getBody();
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

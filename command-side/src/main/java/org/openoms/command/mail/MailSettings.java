package org.openoms.command.mail;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's emails with customers (README "Emails"): the mailbox customers write to, the SMTP server, the
 * sender, which events send which template (none until the merchant switches them on), where the merchant's
 * own templates are, each carrier's tracking page ({@code {number}} is the tracking number), and whether the
 * despatch email carries the invoice as a PDF (it does unless {@code attach-invoice} is false).
 */
@ConfigurationProperties("oms.mail")
public record MailSettings(String from, Set<CustomerMail> sendOn, Smtp smtp, Imap imap, String templates,
                           Map<String, String> trackingLinks, Boolean attachInvoice) {

    public MailSettings {
        sendOn = sendOn == null ? Set.of() : Set.copyOf(sendOn);
        smtp = smtp == null ? new Smtp(null, 25, null, null, false) : smtp;
        imap = imap == null ? new Imap(null, 993, null, null, true, "INBOX") : imap;
        trackingLinks = trackingLinks == null ? Map.of() : Map.copyOf(trackingLinks);
        attachInvoice = attachInvoice == null || attachInvoice;
    }

    /** An SMTP server; no host means no email is sent (they wait in the outbox). */
    public record Smtp(String host, int port, String username, String password, boolean startTls) {
    }

    /** The mailbox customers write to; no host means no mailbox is read. */
    public record Imap(String host, int port, String username, String password, boolean ssl, String folder) {
    }

    /** The tracking page of a parcel, or null when the carrier's is not known. */
    String trackingLink(String carrier, String number) {
        String link = trackingLinks.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(carrier.replace(" ", "-")))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return link == null ? null : link.replace("{number}", java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8));
    }
}

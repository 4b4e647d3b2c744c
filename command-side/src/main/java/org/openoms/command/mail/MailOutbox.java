package org.openoms.command.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.messaging.RecordCustomerMessage;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderId;
import org.openoms.platform.eventstore.AuditMetaData;
import org.openoms.platform.processing.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link CustomerMails} queued, over the merchant's SMTP server, on whichever command side claims it
 * first; a failure is tried again later (doubling to an hour). Every email sent is recorded on the order as an
 * outbound message, so it shows on the timeline and in message search. Without an SMTP host nothing is sent.
 */
@Component
class MailOutbox extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final MailSettings settings;
    private final MailTemplates templates;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;
    private final JavaMailSenderImpl smtp;

    MailOutbox(JdbcTemplate jdbc, MailSettings settings, MailTemplates templates, CommandGateway commands,
               ObjectMapper json, Clock clock, @Value("${oms.mail.send-every:PT5S}") Duration every) {
        super("mail-outbox", every);
        this.jdbc = jdbc;
        this.settings = settings;
        this.templates = templates;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
        this.smtp = sender(settings.smtp());
    }

    private static JavaMailSenderImpl sender(MailSettings.Smtp settings) {
        if (settings.host() == null || settings.host().isBlank()) {
            return null;
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        if (settings.username() != null && !settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        return sender;
    }

    private record Due(long id, String orderId, CustomerMail mail, String recipient, String variables, int attempts) {
    }

    @Override
    protected void runOnce() {
        if (smtp == null) {
            return;
        }
        List<Due> due = jdbc.query("""
                UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => ?)
                WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= now()
                             ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
                RETURNING id, order_id, template, recipient, variables, attempts""",
                (rs, row) -> new Due(rs.getLong(1), rs.getString(2), CustomerMail.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getInt(6)), LEASE.toSeconds());
        due.forEach(this::send);
    }

    private void send(Due due) {
        MailTemplates.Rendered mail;
        try {
            mail = templates.render(due.mail(), json.readValue(due.variables(), new TypeReference<Map<String, String>>() { }));
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(due.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            if (due.mail() == CustomerMail.DESPATCHED && settings.attachInvoice()) {
                attachInvoice(helper, due.orderId());
            }
            smtp.send(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            failed(due, e.toString());
            return;
        }
        var record = GenericCommandMessage.asCommandMessage(new RecordCustomerMessage(new OrderId(due.orderId()),
                        "mail-" + due.id(), MessageDirection.OUTBOUND, Channel.EMAIL, settings.from(), mail.subject(),
                        mail.text(), clock.instant()))
                .andMetaData(AuditMetaData.of(AuditMetaData.SYSTEM, AuditMetaData.SYSTEM, null));
        try {
            commands.sendAndWait(record, 30, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            // sent: never send it twice; the timeline misses it, which the log says
            LOG.warn("email {} to {} sent but not recorded on order {}: {}", due.id(), due.recipient(), due.orderId(),
                    e.toString());
        }
        jdbc.update("UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?",
                due.id());
    }

    /** The order's invoice as a PDF, when the OMS has the order as it was placed. */
    private void attachInvoice(MimeMessageHelper helper, String orderId) throws MessagingException, IOException {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT order_number, invoice FROM order_contacts WHERE order_id = ? AND invoice IS NOT NULL", orderId);
        if (found.isEmpty()) {
            return;
        }
        String orderNumber = (String) found.get(0).get("order_number");
        byte[] pdf = InvoicePdf.of(settings.from(), orderNumber, json.readTree((String) found.get(0).get("invoice")));
        helper.addAttachment("invoice-" + orderNumber + ".pdf", new ByteArrayResource(pdf), "application/pdf");
    }

    private void failed(Due due, String error) {
        Duration wait = Duration.ofSeconds(Math.min(3600, 1L << Math.min(due.attempts(), 12)));
        LOG.info("email {} ({}) to {} not sent (attempt {}): {}; next try in {}", due.id(), due.mail(), due.recipient(),
                due.attempts() + 1, error, wait);
        jdbc.update("""
                UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
                WHERE id = ?""", error.length() > 1000 ? error.substring(0, 1000) : error, wait.toSeconds(), due.id());
    }
}

package org.openoms.command.mail;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.stereotype.Component;

/**
 * Reads the mailbox customers write to (IMAP), message by message not yet seen, and puts each on its order's
 * timeline (and so in message search): the order is the one whose number (SO-0001234) or channel reference
 * (#1001, 205-1234567-1234567) the subject or text names, else the latest order of the sender's address.
 * What names no order waits among the unmatched messages. A message is marked seen once it is recorded.
 */
@Component
class MailInbox extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(MailInbox.class);
    private static final Pattern ORDER_NUMBER = Pattern.compile("\\bSO-\\d{7}\\b");
    private static final Pattern CHANNEL_REFERENCE = Pattern.compile("(#\\d{3,10}|\\b\\d{3}-\\d{7}-\\d{7}\\b|\\b\\d{2}-\\d{5}-\\d{5}\\b)");
    private static final int PER_ROUND = 50;
    private static final int MAX_BODY = 100_000;

    private final MailSettings.Imap imap;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Clock clock;

    MailInbox(MailSettings settings, JdbcTemplate jdbc, CommandGateway commands, Clock clock,
              @Value("${oms.mail.read-every:PT30S}") Duration every) {
        super("mail-inbox", every);
        this.imap = settings.imap();
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        if (imap.host() == null || imap.host().isBlank()) {
            return;
        }
        Properties properties = new Properties();
        String protocol = imap.ssl() ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "10000");
        try {
            Store store = Session.getInstance(properties).getStore(protocol);
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try {
                Folder folder = store.getFolder(imap.folder() == null ? "INBOX" : imap.folder());
                folder.open(Folder.READ_WRITE);
                try {
                    Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                    for (int i = 0; i < Math.min(unseen.length, PER_ROUND); i++) {
                        take(unseen[i]);
                    }
                } finally {
                    folder.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            LOG.info("mailbox {}@{} not read: {}", imap.username(), imap.host(), e.toString());
        }
    }

    private void take(Message message) throws MessagingException {
        String sender = sender(message);
        String subject = message.getSubject();
        String body = text(message);
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : clock.instant();
        String messageId = messageId(message, sender, subject, body);
        Optional<String> order = orderOf((subject == null ? "" : subject) + "\n" + body, sender);
        if (order.isEmpty() || !recorded(order.get(), messageId, sender, subject, body, received)) {
            jdbc.update("""
                    INSERT INTO unmatched_messages (message_id, sender, subject, body, received_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (message_id) DO NOTHING""", messageId, sender.substring(0, Math.min(254, sender.length())),
                    subject == null ? null : subject.substring(0, Math.min(500, subject.length())), body,
                    Timestamp.from(received));
        }
        message.setFlag(Flags.Flag.SEEN, true);
    }

    /** On the order's timeline; false when the order refuses it (a sender or subject it cannot hold). */
    private boolean recorded(String orderId, String messageId, String sender, String subject, String body,
                             Instant received) {
        try {
            var record = GenericCommandMessage.asCommandMessage(new RecordCustomerMessage(new OrderId(orderId), messageId,
                            MessageDirection.INBOUND, Channel.EMAIL, sender,
                            subject == null ? null : subject.substring(0, Math.min(500, subject.length())),
                            body.isBlank() ? "(no text)" : body, received))
                    .andMetaData(AuditMetaData.of(AuditMetaData.SYSTEM, AuditMetaData.SYSTEM, null));
            commands.sendAndWait(record, 30, TimeUnit.SECONDS);
            return true;
        } catch (RuntimeException e) {
            LOG.info("email {} from {} not recorded on order {}: {}", messageId, sender, orderId, e.toString());
            return false;
        }
    }

    /** The order the message is about: a number it names, a channel reference it names, or the sender's latest. */
    Optional<String> orderOf(String text, String sender) {
        Matcher number = ORDER_NUMBER.matcher(text);
        while (number.find()) {
            List<String> found = jdbc.queryForList("SELECT order_id FROM order_contacts WHERE order_number = ?",
                    String.class, number.group());
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        Matcher reference = CHANNEL_REFERENCE.matcher(text);
        while (reference.find()) {
            List<String> found = jdbc.queryForList("""
                    SELECT order_id FROM order_contacts WHERE channel_order_ref = ? ORDER BY placed_at DESC LIMIT 1""",
                    String.class, reference.group());
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return jdbc.queryForList("""
                SELECT order_id FROM order_contacts WHERE lower(email) = lower(?) ORDER BY placed_at DESC LIMIT 1""",
                String.class, sender).stream().findFirst();
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress address && address.getAddress() != null) {
            return address.getAddress();
        }
        return "unknown";
    }

    /** The message's own id (bounded), or one made from what it says, so reading it twice records it once. */
    private static String messageId(Message message, String sender, String subject, String body) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String id = ids != null && ids.length > 0 ? ids[0].strip() : null;
        if (id != null && !id.isEmpty() && id.length() <= 100) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((sender + "\n" + subject + "\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "mail-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The text the customer wrote: the plain part where there is one, else the HTML without its tags. */
    private static String text(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return bounded(String.valueOf(part.getContent()));
            }
            if (part.isMimeType("text/html")) {
                return bounded(String.valueOf(part.getContent()).replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " "));
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                String html = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    Part child = multipart.getBodyPart(i);
                    if (child.isMimeType("text/plain")) {
                        return text(child);
                    }
                    if (html == null && (child.isMimeType("text/html") || child.isMimeType("multipart/*"))) {
                        html = text(child);
                    }
                }
                return html == null ? "" : html;
            }
        } catch (IOException e) {
            throw new MessagingException("the message cannot be read", e);
        }
        return "";
    }

    private static String bounded(String text) {
        // line ends as \n, and none of the control characters mail clients leave in
        String stripped = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        return stripped.length() > MAX_BODY ? stripped.substring(0, MAX_BODY) : stripped;
    }
}

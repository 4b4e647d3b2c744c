package org.openoms.command.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.order.OrderAwaitingStock;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.OrderPlaced;
import org.openoms.kernel.order.OrderTotals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides which emails an order's events call for, in the transaction of the event (a subscribing processor):
 * the merchant's switched-on templates, for orders whose customer gave an email. Each order gets each email
 * once. Sending is {@link MailOutbox}'s.
 */
@Component
@ProcessingGroup("customer-mails")
class CustomerMails {

    private final JdbcTemplate jdbc;
    private final MailSettings settings;
    private final ObjectMapper json;

    CustomerMails(JdbcTemplate jdbc, MailSettings settings, ObjectMapper json) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.json = json;
    }

    /** History imports are no news to their customers. */
    @EventHandler
    void on(OrderPlaced event) {
        if (event.historical()) {
            return;
        }
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("billingAddress", event.billingAddress());
        invoice.put("lines", event.lines());
        invoice.put("currency", event.currency().getCurrencyCode());
        invoice.put("totals", OrderTotals.of(event.currency(), event.lines(), event.shippingCharge(), event.adjustments()));
        String invoiceJson;
        try {
            invoiceJson = json.writeValueAsString(invoice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order is always JSON: its events are", e);
        }
        jdbc.update("""
                INSERT INTO order_contacts (order_id, order_number, channel_order_ref, customer_name, email, channel, placed_at,
                    invoice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""", event.orderId().value(),
                event.orderNumber(), event.channelOrderRef(), event.customer().name(), event.customer().email(),
                event.channel().name(), java.sql.Timestamp.from(event.placedAt()), invoiceJson);
    }

    @EventHandler
    void on(OrderConfirmed event) {
        enqueue(event.orderId(), CustomerMail.CONFIRMED, Map.of());
    }

    @EventHandler
    void on(OrderAwaitingStock event) {
        enqueue(event.orderId(), CustomerMail.BACK_ORDERED, Map.of());
    }

    @EventHandler
    void on(OrderDespatched event) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("carrier", event.carrier());
        variables.put("trackingNumber", event.trackingNumber());
        String link = settings.trackingLink(event.carrier(), event.trackingNumber());
        if (link != null) {
            variables.put("trackingLink", link);
        }
        enqueue(event.orderId(), CustomerMail.DESPATCHED, variables);
    }

    private void enqueue(OrderId orderId, CustomerMail mail, Map<String, String> extra) {
        if (!settings.sendOn().contains(mail)) {
            return;
        }
        List<Map<String, Object>> contact = jdbc.queryForList(
                "SELECT order_number, customer_name, email FROM order_contacts WHERE order_id = ? AND email IS NOT NULL",
                orderId.value());
        if (contact.isEmpty()) {
            return;
        }
        Map<String, String> variables = new LinkedHashMap<>(extra);
        variables.put("orderNumber", (String) contact.get(0).get("order_number"));
        variables.put("customerName", (String) contact.get(0).get("customer_name"));
        try {
            jdbc.update("""
                    INSERT INTO mail_outbox (order_id, template, recipient, variables) VALUES (?, ?, ?, ?)
                    ON CONFLICT (order_id, template) DO NOTHING""", orderId.value(), mail.name(),
                    contact.get(0).get("email"), json.writeValueAsString(variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}

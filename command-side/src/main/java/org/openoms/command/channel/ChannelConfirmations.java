package org.openoms.command.channel;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.ConfirmDespatchToChannel;
import org.openoms.kernel.order.OrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.platform.eventstore.AuditMetaData;
import org.openoms.platform.processing.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells each channel when its order left, until the channel acknowledges. The despatch of a channel's order is
 * written down in the same transaction as its event (a subscribing processor); a sender then works through
 * what is due, on whichever instance claims it first, and backs off per order (doubling to an hour, or as long
 * as the channel's Retry-After says). The acknowledgement lands on the order's timeline.
 */
@Component
@ProcessingGroup("channel-confirmations")
class ChannelConfirmations extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelConfirmations.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final ChannelAccounts accounts;
    private final Map<Channel, ShipmentConfirmer> confirmers;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    ChannelConfirmations(ChannelAccounts accounts, List<ShipmentConfirmer> confirmers, JdbcTemplate jdbc,
                         CommandGateway commands, @Value("${oms.channels.confirm-every:PT2S}") Duration every) {
        super("channel-confirmations", every);
        this.accounts = accounts;
        this.confirmers = confirmers.stream().collect(Collectors.toMap(ShipmentConfirmer::channel, Function.identity()));
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(OrderDespatched event) {
        accounts.placedBy(event.orderId().value())
                .filter(placed -> confirmers.containsKey(placed.account().channel()))
                .ifPresent(placed -> jdbc.update("""
                        INSERT INTO channel_confirmation (order_id, channel, account, channel_order_id, carrier,
                            tracking_number, despatched_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (order_id) DO NOTHING""",
                        event.orderId().value(), placed.account().channel().name(), placed.account().name(),
                        placed.channelOrderId(), event.carrier(), event.trackingNumber(),
                        Timestamp.from(event.despatchedAt())));
    }

    private record Due(String orderId, Channel channel, String account, String channelOrderId, String carrier,
                       String trackingNumber, int attempts) {
    }

    /** Claims what is due for a lease (another instance skips it), then tells each channel. */
    @Override
    protected void runOnce() {
        List<Due> due = jdbc.query("""
                UPDATE channel_confirmation SET next_attempt_at = now() + make_interval(secs => ?)
                WHERE order_id IN (SELECT order_id FROM channel_confirmation
                                   WHERE confirmed_at IS NULL AND next_attempt_at <= now()
                                   ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
                RETURNING order_id, channel, account, channel_order_id, carrier, tracking_number, attempts""",
                (rs, row) -> new Due(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)),
                LEASE.toSeconds());
        due.forEach(this::confirm);
    }

    private void confirm(Due due) {
        var account = accounts.find(due.channel(), due.account());
        if (account.isEmpty()) {
            failed(due, "the account is not configured any more", null);
            return;
        }
        String reference;
        try {
            reference = confirmers.get(due.channel()).confirm(account.get(), due.channelOrderId(), due.carrier(),
                    due.trackingNumber());
        } catch (ChannelUnavailable e) {
            failed(due, e.getMessage(), e.retryAfter());
            return;
        } catch (RuntimeException e) {
            failed(due, e.toString(), null);
            return;
        }
        var command = GenericCommandMessage.asCommandMessage(new ConfirmDespatchToChannel(new OrderId(due.orderId()),
                reference, due.carrier(), due.trackingNumber()))
                .andMetaData(AuditMetaData.of(AuditMetaData.SYSTEM, AuditMetaData.SYSTEM, null));
        try {
            commands.sendAndWait(command, 30, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            failed(due, "the channel acknowledged (" + reference + ") but the order did not record it: " + e.getMessage(),
                    null);
            return;
        }
        jdbc.update("""
                UPDATE channel_confirmation SET confirmed_at = now(), channel_reference = ?, attempts = attempts + 1,
                    last_error = NULL WHERE order_id = ?""", reference, due.orderId());
    }

    private void failed(Due due, String error, Duration retryAfter) {
        Duration wait = ChannelUnavailable.waitAfter(due.attempts(), retryAfter);
        LOG.info("despatch of {} not confirmed to {} (attempt {}): {}; next try in {}", due.orderId(), due.channel(),
                due.attempts() + 1, error, wait);
        jdbc.update("""
                UPDATE channel_confirmation SET attempts = attempts + 1, last_error = ?,
                    next_attempt_at = now() + make_interval(secs => ?) WHERE order_id = ?""",
                error.length() > 1000 ? error.substring(0, 1000) : error, wait.toMillis() / 1000.0, due.orderId());
    }
}

package org.openoms.command.channel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.platform.processing.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Polls the platforms that send no webhooks. Each account's cursor lives in {@code channel_cursor}, so a restart
 * or another instance goes on where the last poll stopped; one instance polls an account at a time (it claims
 * the account for a lease). A platform that refuses or rate-limits is left alone for longer each time (doubling
 * to an hour, or its Retry-After); the cursor moves only past what the intake has taken.
 */
@Component
class ChannelPolling extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelPolling.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int PAGES_PER_ROUND = 10;

    private final ChannelAccounts accounts;
    private final Map<org.openoms.kernel.order.Channel, ChannelPoller> pollers;
    private final ChannelIntake intake;
    private final JdbcTemplate jdbc;
    private final Duration every;

    ChannelPolling(ChannelAccounts accounts, List<ChannelPoller> pollers, ChannelIntake intake, JdbcTemplate jdbc,
                   @Value("${oms.channels.poll-every:PT1M}") Duration every) {
        super("channel-polling", Duration.ofSeconds(Math.max(1, Math.min(every.toSeconds(), 5))));
        this.accounts = accounts;
        this.pollers = pollers.stream().collect(Collectors.toMap(ChannelPoller::channel, Function.identity()));
        this.intake = intake;
        this.jdbc = jdbc;
        this.every = every;
    }

    @Override
    protected void runOnce() {
        for (Account account : accounts.accounts()) {
            ChannelPoller poller = pollers.get(account.channel());
            if (poller != null) {
                poll(account, poller);
            }
        }
    }

    private void poll(Account account, ChannelPoller poller) {
        jdbc.update("""
                INSERT INTO channel_cursor (channel, account, next_poll_at) VALUES (?, ?, now())
                ON CONFLICT DO NOTHING""", account.channel().name(), account.name());
        List<String> claimed = jdbc.query("""
                UPDATE channel_cursor SET next_poll_at = now() + make_interval(secs => ?)
                WHERE channel = ? AND account = ? AND next_poll_at <= now() RETURNING coalesce(cursor, '')""",
                (rs, row) -> rs.getString(1), LEASE.toSeconds(), account.channel().name(), account.name());
        if (claimed.isEmpty()) {
            return;
        }
        String cursor = claimed.get(0).isEmpty() ? null : claimed.get(0);
        try {
            for (int page = 0; page < PAGES_PER_ROUND; page++) {
                ChannelPoller.Page polled = poller.poll(account, cursor);
                polled.orders().forEach(order -> take(account, order));
                cursor = polled.cursor();
                jdbc.update("UPDATE channel_cursor SET cursor = ?, polled_at = now() WHERE channel = ? AND account = ?",
                        cursor, account.channel().name(), account.name());
                if (!polled.more()) {
                    break;
                }
            }
            jdbc.update("""
                    UPDATE channel_cursor SET failures = 0, last_error = NULL, next_poll_at = now() + make_interval(secs => ?)
                    WHERE channel = ? AND account = ?""", every.toMillis() / 1000.0, account.channel().name(),
                    account.name());
        } catch (ChannelUnavailable e) {
            failed(account, e.getMessage(), e.retryAfter());
        } catch (RuntimeException e) {
            failed(account, e.toString(), null);
        }
    }

    private void take(Account account, ChannelPoller.Polled order) {
        switch (order.action()) {
            case PLACE -> intake.place(account, "poll", order.payload());
            case CANCEL -> intake.cancel(account, "poll", order.payload(), order.channelOrderId(), order.reason());
            case SKIP -> LOG.debug("{} {}: order {} skipped: {}", account.channel(), account.name(),
                    order.channelOrderId(), order.reason());
        }
    }

    private void failed(Account account, String error, Duration retryAfter) {
        Integer failures = jdbc.queryForObject("SELECT failures FROM channel_cursor WHERE channel = ? AND account = ?",
                Integer.class, account.channel().name(), account.name());
        int failed = failures == null ? 0 : failures;
        Duration wait = ChannelUnavailable.waitAfter(failed + 1, retryAfter);
        LOG.info("{} {} not polled (failure {}): {}; next try in {}", account.channel(), account.name(), failed + 1,
                error, wait);
        jdbc.update("""
                UPDATE channel_cursor SET failures = failures + 1, last_error = ?, next_poll_at = now() + make_interval(secs => ?)
                WHERE channel = ? AND account = ?""", error.length() > 1000 ? error.substring(0, 1000) : error,
                wait.toMillis() / 1000.0, account.channel().name(), account.name());
    }
}

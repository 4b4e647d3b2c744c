package org.openoms.command.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openoms.kernel.order.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Every payload a channel delivered, as it came, and what became of it: placed, a repeat of an order already
 * placed, cancelled, or needing attention with the reason. What needs attention keeps its payload, so it can be
 * tried again once the cause (a SKU not mapped yet) is fixed.
 */
@Component
public class IntakeLog {

    public enum Outcome { RECEIVED, PLACED, REPEATED, CANCELLED, NEEDS_ATTENTION, IGNORED }

    /** One delivery; {@code payload} only where asked for. */
    public record Entry(long id, Channel channel, String account, String topic, String channelOrderRef,
                        Instant receivedAt, Outcome outcome, String reason, String orderId, String payload) {
    }

    private final JdbcTemplate jdbc;

    IntakeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long received(Channel channel, String account, String topic, String payload, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var st = c.prepareStatement("""
                    INSERT INTO channel_intake (channel, account, topic, received_at, outcome, payload)
                    VALUES (?, ?, ?, ?, 'RECEIVED', ?)""", new String[]{"id"});
            st.setString(1, channel.name());
            st.setString(2, account);
            st.setString(3, topic);
            st.setTimestamp(4, Timestamp.from(at));
            st.setString(5, payload);
            return st;
        }, keys);
        return keys.getKey().longValue();
    }

    void reference(long id, String channelOrderRef) {
        jdbc.update("UPDATE channel_intake SET channel_order_ref = ? WHERE id = ?", channelOrderRef, id);
    }

    /** When the OMS first heard of this channel order. */
    Instant firstSeen(Channel channel, String account, String channelOrderRef) {
        Timestamp first = jdbc.queryForObject("""
                SELECT min(received_at) FROM channel_intake WHERE channel = ? AND account = ? AND channel_order_ref = ?""",
                Timestamp.class, channel.name(), account, channelOrderRef);
        return first == null ? null : first.toInstant();
    }

    void outcome(long id, Outcome outcome, String reason, String orderId) {
        jdbc.update("UPDATE channel_intake SET outcome = ?, reason = ?, order_id = ? WHERE id = ?", outcome.name(),
                reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000)), orderId, id);
    }

    public List<Entry> needingAttention(int limit) {
        return jdbc.query("""
                SELECT id, channel, account, topic, channel_order_ref, received_at, outcome, reason, order_id
                FROM channel_intake WHERE outcome = 'NEEDS_ATTENTION' ORDER BY id DESC LIMIT ?""",
                (rs, row) -> new Entry(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        Outcome.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), null), limit);
    }

    public Optional<Entry> find(long id) {
        return jdbc.query("""
                SELECT id, channel, account, topic, channel_order_ref, received_at, outcome, reason, order_id, payload
                FROM channel_intake WHERE id = ?""",
                (rs, row) -> new Entry(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        Outcome.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10)), id)
                .stream().findFirst();
    }
}

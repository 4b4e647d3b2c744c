package org.openoms.query.messaging;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer service's inbox: one conversation per order, the customers waiting for an answer first, the urgent
 * among them before the rest (a word of trouble such as "refund" or "damaged", a wait longer than
 * {@code oms.inbox.urgent-after}, or a customer writing again after being answered), then the newest.
 */
@RestController
class InboxController {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration urgentAfter;

    InboxController(JdbcTemplate jdbc, Clock clock, @Value("${oms.inbox.urgent-after:PT24H}") Duration urgentAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.urgentAfter = urgentAfter;
    }

    public record Conversation(String orderId, String orderNumber, String customer, String subject, String lastDirection,
                               Instant lastAt, Instant waitingSince, boolean waiting, boolean urgent,
                               List<String> reasons, int messages, boolean customerWroteAgain) {
    }

    @GetMapping("/api/inbox")
    @Operation(summary = "Conversations with customers: waiting and urgent first, then newest",
            description = "waiting=true (default) lists only the conversations whose customer waits for an answer.")
    List<Conversation> inbox(@RequestParam(defaultValue = "true") boolean waiting,
                             @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequest("limit", "limit must be from 1 to 1000");
        }
        Timestamp urgentBefore = Timestamp.from(clock.instant().minus(urgentAfter));
        return jdbc.query("""
                SELECT order_id, order_number, customer, subject, last_direction, last_at, waiting_since, messages,
                       keywords, replied_after_answer,
                       waiting_since IS NOT NULL AND (keywords IS NOT NULL OR waiting_since < ? OR replied_after_answer)
                           AS urgent
                FROM inbox_conversations
                WHERE NOT ? OR waiting_since IS NOT NULL
                ORDER BY waiting_since IS NULL, urgent DESC, last_at DESC
                LIMIT ?""", (rs, row) -> {
            Timestamp since = rs.getTimestamp("waiting_since");
            List<String> reasons = new java.util.ArrayList<>();
            String keywords = rs.getString("keywords");
            if (since != null && keywords != null) {
                Arrays.stream(keywords.split(",")).distinct().forEach(word -> reasons.add("says \"" + word + "\""));
            }
            if (since != null && since.before(urgentBefore)) {
                reasons.add("waiting longer than " + urgentAfter.toHours() + " hours");
            }
            if (since != null && rs.getBoolean("replied_after_answer")) {
                reasons.add("wrote again after being answered");
            }
            return new Conversation(rs.getString("order_id"), rs.getString("order_number"), rs.getString("customer"),
                    rs.getString("subject"), rs.getString("last_direction"), rs.getTimestamp("last_at").toInstant(),
                    since == null ? null : since.toInstant(), since != null, rs.getBoolean("urgent"), reasons,
                    rs.getInt("messages"), rs.getBoolean("replied_after_answer"));
        }, urgentBefore, waiting, limit);
    }
}

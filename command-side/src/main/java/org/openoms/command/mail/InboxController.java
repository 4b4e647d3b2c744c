package org.openoms.command.mail;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Emails from customers that name no order the OMS knows, newest first, for a person to place. */
@RestController
class InboxController {

    private final JdbcTemplate jdbc;

    InboxController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Unmatched(String messageId, String sender, String subject, String body, String receivedAt) {
    }

    @GetMapping("/api/inbox/unmatched")
    @Operation(summary = "Customers' emails that name no known order (no order number, channel reference or known sender)")
    List<Unmatched> unmatched(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequest("limit", "limit must be from 1 to 1000");
        }
        return jdbc.query("""
                SELECT message_id, sender, subject, body, received_at FROM unmatched_messages
                ORDER BY received_at DESC LIMIT ?""",
                (rs, row) -> new Unmatched(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant().toString()), limit);
    }
}

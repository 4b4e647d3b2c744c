package org.openoms.command.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openoms.command.CommandSideTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class IntakeRetentionIT extends CommandSideTestBase {

    @Autowired
    private IntakeRetention retention;

    @Test
    void oldRepeatsAreDroppedAndWhatAPersonMayNeedStays() {
        for (String outcome : new String[]{"REPEATED", "IGNORED", "NEEDS_ATTENTION", "PLACED"}) {
            jdbc.update("""
                    INSERT INTO event_store.channel_intake (channel, account, topic, channel_order_ref, received_at, outcome, payload)
                    VALUES ('CSV', 'test-csv', 'retention test', ?, now() - interval '100 days', ?, '{}')""",
                    "RETENTION-" + outcome, outcome);
        }
        jdbc.update("""
                INSERT INTO event_store.channel_intake (channel, account, topic, channel_order_ref, received_at, outcome, payload)
                VALUES ('CSV', 'test-csv', 'retention test', 'RETENTION-RECENT', now() - interval '1 day', 'REPEATED', '{}')""");

        retention.runOnce();

        assertThat(jdbc.queryForList("""
                SELECT channel_order_ref FROM event_store.channel_intake WHERE topic = 'retention test' ORDER BY 1""",
                String.class)).containsExactly("RETENTION-NEEDS_ATTENTION", "RETENTION-PLACED", "RETENTION-RECENT");
        // not on the needs-attention list of the tests after this one
        jdbc.update("DELETE FROM event_store.channel_intake WHERE topic = 'retention test'");
    }
}

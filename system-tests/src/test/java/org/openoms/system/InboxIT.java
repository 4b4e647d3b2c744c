package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Customer service's inbox: waiting customers first, the urgent ones before the rest, answered ones out. */
class InboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms = RunningOms.get();

    @Test
    void urgentWaitingCustomersComeFirstAndAnAnswerTakesThemOut() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        oms.post("/api/stock/MAIN/INBOX-" + run + "/receipts", OrderRequests.receipt(4), "goods-in");
        String calm = place("Calm Carl", run);
        String upset = place("Upset Una", run);
        message(calm, "calm-1-" + run, "INBOUND", "Gift message", "Could you add a gift message?");
        message(upset, "upset-1-" + run, "INBOUND", "Broken", "The teapot arrived damaged and I want a refund");

        JsonNode inbox = await().atMost(Duration.ofSeconds(15)).until(this::inbox,
                list -> position(list, upset) >= 0 && position(list, calm) >= 0);
        assertThat(position(inbox, upset)).as("the urgent one first").isLessThan(position(inbox, calm));
        JsonNode una = inbox.get(position(inbox, upset));
        assertThat(una.path("urgent").asBoolean()).isTrue();
        assertThat(una.path("reasons").toString()).contains("damaged").contains("refund");
        assertThat(inbox.get(position(inbox, calm)).path("urgent").asBoolean()).isFalse();

        message(upset, "upset-2-" + run, "OUTBOUND", "Re: Broken", "So sorry: a new one is on its way today.");
        await().atMost(Duration.ofSeconds(15)).until(() -> position(inbox(), upset) < 0);

        message(upset, "upset-3-" + run, "INBOUND", "Re: Broken", "Thank you! Which courier?");
        JsonNode again = await().atMost(Duration.ofSeconds(15)).until(this::inbox, list -> position(list, upset) >= 0);
        JsonNode wroteAgain = again.get(position(again, upset));
        assertThat(wroteAgain.path("customerWroteAgain").asBoolean()).isTrue();
        assertThat(wroteAgain.path("urgent").asBoolean()).isTrue();
        assertThat(wroteAgain.path("messages").asInt()).isEqualTo(3);
    }

    private String place(String customer, String run) throws Exception {
        var placed = oms.post("/api/orders", OrderRequests.phoneOrder(customer, "inbox@example.org", "INBOX-" + run, 1,
                "2.00"), "agent");
        return JSON.readTree(placed.body()).path("orderId").asText();
    }

    private void message(String orderId, String messageId, String direction, String subject, String body) {
        var answer = oms.post("/api/orders/" + orderId + "/messages", """
                {"messageId": "%s", "direction": "%s", "channel": "EMAIL", "sender": "customer@example.org",
                 "subject": "%s", "body": "%s"}""".formatted(messageId, direction, subject, body), "inbox-agent");
        assertThat(answer.statusCode()).isEqualTo(202);
    }

    private JsonNode inbox() throws Exception {
        return JSON.readTree(oms.query("/api/inbox?limit=1000").body());
    }

    private static int position(JsonNode list, String orderId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("orderId").asText().equals(orderId)) {
                return i;
            }
        }
        return -1;
    }
}

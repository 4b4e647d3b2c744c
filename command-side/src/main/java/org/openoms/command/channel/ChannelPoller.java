package org.openoms.command.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.kernel.order.Channel;

/** The port through which the OMS asks a platform that sends no webhooks for its orders: one adapter per platform. */
public interface ChannelPoller {

    Channel channel();

    /**
     * One page of the orders changed since {@code cursor} (null: the first poll of the account), and the cursor
     * the next poll starts from; {@code more} when the platform has another page now.
     */
    Page poll(Account account, String cursor) throws ChannelUnavailable;

    /** A cursor a poller wrote as a JSON object; empty when there is none yet (or it cannot be read). */
    static ObjectNode cursor(ObjectMapper json, String cursor) {
        if (cursor == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(cursor) instanceof ObjectNode object ? object : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    record Page(List<Polled> orders, String cursor, boolean more) {
    }

    /** An order as polled, and what the OMS is to do with it. */
    record Polled(String channelOrderId, Action action, String payload, String reason) {
    }

    enum Action {
        /** A new order (or one already placed: placing is idempotent). */
        PLACE,
        /** Cancelled on the platform. */
        CANCEL,
        /** Not the OMS's to act on (not paid yet, fulfilled by the marketplace itself). */
        SKIP
    }
}

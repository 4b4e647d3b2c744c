package org.openoms.kernel.messaging;

import java.time.Instant;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;

/**
 * Full-text search of customer messages; messages about live orders (not yet despatched, or despatched
 * in the last 7 days) rank first. Every filter is optional.
 */
public record SearchMessages(String text, String orderId, Channel channel, MessageDirection direction,
                             Instant receivedFrom, Instant receivedTo, int page, int size) {

    public SearchMessages {
        text = Require.text(text, "q", 200);
        orderId = Require.optionalText(orderId, "orderId", 64);
        Require.optionalDate(receivedFrom, "from");
        Require.optionalDate(receivedTo, "to");
        Require.page(page, size, 100, Bounds.SEARCH_WINDOW);
    }
}

package org.openoms.kernel.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openoms.kernel.order.Channel;

public record MessageSearchResult(long totalHits, List<Hit> hits) {

    public record Hit(String messageId, String orderId, String orderNumber, MessageDirection direction, Channel channel,
                      String sender, String subject, Instant receivedAt, boolean liveOrder, double score,
                      Map<String, List<String>> highlights) {
    }
}

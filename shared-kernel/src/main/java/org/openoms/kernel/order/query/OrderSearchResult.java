package org.openoms.kernel.order.query;

import java.util.List;
import java.util.Map;
import org.openoms.kernel.order.OrderStatus;

public record OrderSearchResult(long totalHits, List<Hit> hits) {

    public record Hit(String orderId, String orderNumber, String channelOrderRef, String customerName,
                      String customerEmail, OrderStatus status, double score, Map<String, List<String>> highlights) {
    }
}

package org.openoms.kernel.order.query;

import java.util.List;

public record OrderTimeline(String orderId, List<TimelineEntry> entries) {
}

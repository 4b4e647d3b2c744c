package org.openoms.kernel.order.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.DespatchLight;
import org.openoms.kernel.order.OrderStatus;

/** The despatch queue as of {@code asOf}: counts by location and light, then the orders. */
public record DespatchQueue(Instant asOf, String timeZone, Map<String, Map<DespatchLight, Long>> counts,
                            List<Entry> orders) {

    public record Entry(String orderId, String orderNumber, String customerName, Channel channel, String location,
                        OrderStatus status, Instant despatchDeadline, DespatchLight light) {
    }
}

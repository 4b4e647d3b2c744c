package org.openoms.kernel.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Each fact is one event's contribution to a report cell; {@code timeline} links to the order's history. */
public record SalesFacts(List<Fact> facts) {

    public record Fact(String orderId, String orderNumber, String kind, Instant occurredAt, long orders, long units,
                       BigDecimal revenue, String currency, String timeline) {
    }
}

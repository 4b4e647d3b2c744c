package org.openoms.kernel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openoms.kernel.order.Channel;

/**
 * Orders, units and revenue net of cancellations and refunds. Money is never summed across
 * currencies: every row and total is for one currency.
 */
public record SalesReport(LocalDate from, LocalDate to, Granularity granularity, List<Row> rows, List<Total> totals) {

    /** {@code period} is the day, or the first day of the month; {@code drillDown} lists the orders behind it. */
    public record Row(LocalDate period, Channel channel, String currency, long orders, long units, BigDecimal revenue,
                      String drillDown) {
    }

    public record Total(String currency, long orders, long units, BigDecimal revenue) {
    }
}

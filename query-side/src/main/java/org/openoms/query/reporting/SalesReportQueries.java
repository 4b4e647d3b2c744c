package org.openoms.query.reporting;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.reporting.FindSalesByChannel;
import org.openoms.kernel.reporting.FindSalesFacts;
import org.openoms.kernel.reporting.Granularity;
import org.openoms.kernel.reporting.SalesFacts;
import org.openoms.kernel.reporting.SalesReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sales by channel from the sales-report facts, and the facts behind any cell. */
@Component
public class SalesReportQueries {

    private final JdbcTemplate jdbc;

    public SalesReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String period(Granularity granularity) {
        return granularity == Granularity.MONTH ? "date_trunc('month', day)::date" : "day";
    }

    @QueryHandler
    public SalesReport handle(FindSalesByChannel query) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(query.from()), Date.valueOf(query.to())));
        String channelFilter = "";
        if (query.channel() != null) {
            channelFilter = " AND channel = ?";
            args.add(query.channel().name());
        }
        String where = " WHERE day >= ? AND day <= ?" + channelFilter;
        String period = period(query.granularity());
        List<SalesReport.Row> rows = jdbc.query("SELECT " + period + " AS period, channel, currency, sum(orders), "
                        + "sum(units), sum(revenue) FROM sales_facts" + where + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
                (rs, n) -> {
                    var periodDate = rs.getDate(1).toLocalDate();
                    var channel = Channel.valueOf(rs.getString(2));
                    String currency = rs.getString(3).strip();
                    return new SalesReport.Row(periodDate, channel, currency, rs.getLong(4), rs.getLong(5),
                            rs.getBigDecimal(6), "/api/reports/sales-by-channel/facts?period=" + periodDate
                            + "&granularity=" + query.granularity() + "&channel=" + channel + "&currency=" + currency);
                }, args.toArray());
        List<SalesReport.Total> totals = jdbc.query("SELECT currency, sum(orders), sum(units), sum(revenue) "
                        + "FROM sales_facts" + where + " GROUP BY 1 ORDER BY 1",
                (rs, n) -> new SalesReport.Total(rs.getString(1).strip(), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4)), args.toArray());
        return new SalesReport(query.from(), query.to(), query.granularity(), rows, totals);
    }

    @QueryHandler
    public SalesFacts handle(FindSalesFacts query) {
        String period = period(query.granularity());
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(query.period()), query.channel().name()));
        String currencyFilter = "";
        if (query.currency() != null && !query.currency().isBlank()) {
            currencyFilter = " AND f.currency = ?";
            args.add(query.currency());
        }
        return new SalesFacts(jdbc.query("""
                SELECT f.order_id, o.order_number, f.kind, f.occurred_at, f.orders, f.units, f.revenue, f.currency
                FROM sales_facts f LEFT JOIN sales_orders o ON o.order_id = f.order_id
                WHERE""" + " " + period + " = ? AND f.channel = ?" + currencyFilter + " ORDER BY f.occurred_at, f.event_id",
                (rs, n) -> new SalesFacts.Fact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7),
                        rs.getString(8).strip(), "/api/orders/" + rs.getString(1) + "/timeline"),
                args.toArray()));
    }
}

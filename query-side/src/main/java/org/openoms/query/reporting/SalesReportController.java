package org.openoms.query.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.reporting.FindSalesByChannel;
import org.openoms.kernel.reporting.FindSalesFacts;
import org.openoms.kernel.reporting.Granularity;
import org.openoms.kernel.reporting.SalesFacts;
import org.openoms.kernel.reporting.SalesReport;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/sales-by-channel")
@Tag(name = "Reports", description = "Sales by channel with drill-down; also SQL views report_daily_sales_by_channel "
        + "and report_monthly_sales_by_channel")
public class SalesReportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    /** RFC 4180: a header line, CRLF line ends, fields quoted where they need it. */
    private static final ObjectWriter CSV_WRITER = new CsvMapper().writer(CsvSchema.builder()
            .addColumn("period").addColumn("channel").addColumn("currency").addColumn("orders").addColumn("units")
            .addColumn("revenue").build().withHeader().withLineSeparator("\r\n"));

    private final QueryGateway queries;

    public SalesReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Orders, units and revenue per day (or month) and channel, net of cancellations and refunds; "
            + "JSON, or CSV with format=csv or Accept: text/csv")
    public ResponseEntity<?> report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Channel channel,
                                    @RequestParam(defaultValue = "DAY") Granularity granularity,
                                    @RequestParam(required = false) String format,
                                    @org.springframework.web.bind.annotation.RequestHeader(name = HttpHeaders.ACCEPT,
                                            required = false) String accept) {
        var query = InvalidRequest.of("query", () -> new FindSalesByChannel(from, to, channel, granularity));
        SalesReport report = queries.query(query, ResponseTypes.instanceOf(SalesReport.class)).join();
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        List<Object[]> lines = new ArrayList<>();
        for (SalesReport.Row row : report.rows()) {
            lines.add(new Object[]{row.period().toString(), row.channel(), row.currency(), row.orders(), row.units(),
                    row.revenue().toPlainString()});
        }
        for (SalesReport.Total total : report.totals()) {
            lines.add(new Object[]{"TOTAL", "", total.currency(), total.orders(), total.units(),
                    total.revenue().toPlainString()});
        }
        try {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sales-by-channel-" + from + "-" + to + ".csv\"")
                    .body(CSV_WRITER.writeValueAsString(lines));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as CSV", e);
        }
    }

    @GetMapping("/facts")
    @Operation(summary = "Drill-down: the orders and events behind one cell, each with a link to its timeline")
    public SalesFacts facts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
                            @RequestParam(defaultValue = "DAY") Granularity granularity,
                            @RequestParam Channel channel,
                            @RequestParam(required = false) String currency) {
        var query = InvalidRequest.of("query", () -> new FindSalesFacts(period, granularity, channel, currency));
        return queries.query(query, ResponseTypes.instanceOf(SalesFacts.class)).join();
    }
}

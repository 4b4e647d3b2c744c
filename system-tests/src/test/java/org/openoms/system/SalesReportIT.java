package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily sales by channel, net of cancellations, with drill-down to the orders and their timelines. */
class SalesReportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "REPORT-1";
    private final RunningOms oms = RunningOms.get();

    @Test
    void aCancelledOrderIsTakenBackOutOfTheDaysSales() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String cell = "/api/reports/sales-by-channel?from=" + today + "&to=" + today + "&channel=PHONE";
        JsonNode before = JSON.readTree(oms.query(cell).body());

        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(10), "goods-in");
        // each order: 2 x 7.50 + 4.99 shipping - 1.50 discount + 0.75 surcharge = 19.24
        String kept = place("Kept Kim");
        String cancelled = place("Cancelled Cal");
        assertThat(oms.post("/api/orders/" + cancelled + "/cancel", "{\"reason\": \"duplicate\"}", "agent").statusCode())
                .isEqualTo(204);

        String facts = "/api/reports/sales-by-channel/facts?period=" + today + "&channel=PHONE&currency=GBP";
        JsonNode drill = await().atMost(Duration.ofSeconds(15)).until(() -> JSON.readTree(oms.query(facts).body()),
                d -> kinds(d, cancelled).contains("CANCELLATION"));
        assertThat(kinds(drill, kept)).containsExactly("ORDER");
        assertThat(kinds(drill, cancelled)).containsExactly("ORDER", "CANCELLATION");
        JsonNode fact = find(drill, kept);
        assertThat(fact.path("revenue").decimalValue()).isEqualByComparingTo("19.24");
        // the drill-down links to another read model, which each projection reaches in its own time
        await().atMost(Duration.ofSeconds(15)).until(() -> oms.query(fact.path("timeline").asText()).statusCode(),
                status -> status == 200);

        JsonNode after = JSON.readTree(oms.query(cell).body());
        assertThat(orders(after) - orders(before)).isEqualTo(1);
        assertThat(revenue(after).subtract(revenue(before))).isEqualByComparingTo("19.24");
        assertThat(after.path("rows").path(0).path("drillDown").asText()).contains("/facts?period=" + today);

        var csv = oms.query(cell + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("period,channel,currency,orders,units,revenue\r\n" + today + ",PHONE,GBP,");

        JsonNode month = JSON.readTree(oms.query("/api/reports/sales-by-channel?from=" + today.withDayOfMonth(1)
                + "&to=" + today + "&channel=PHONE&granularity=MONTH").body());
        assertThat(month.path("rows").path(0).path("period").asText()).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(orders(month)).isGreaterThanOrEqualTo(orders(after));

        assertThat(oms.query("/api/reports/sales-by-channel?from=" + today + "&to=" + today.minusDays(1)).statusCode())
                .isEqualTo(400);
    }

    private String place(String customer) throws Exception {
        var response = oms.post("/api/orders", OrderRequests.phoneOrder(customer, "report@example.com", SKU, 2, "7.50"),
                "agent");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).path("orderId").asText();
    }

    private static long orders(JsonNode report) {
        return report.path("totals").path(0).path("orders").asLong(0);
    }

    private static BigDecimal revenue(JsonNode report) {
        JsonNode revenue = report.path("totals").path(0).path("revenue");
        return revenue.isMissingNode() ? BigDecimal.ZERO : revenue.decimalValue();
    }

    private static List<String> kinds(JsonNode drill, String orderId) {
        List<String> kinds = new ArrayList<>();
        drill.path("facts").forEach(f -> {
            if (f.path("orderId").asText().equals(orderId)) {
                kinds.add(f.path("kind").asText());
            }
        });
        return kinds;
    }

    private static JsonNode find(JsonNode drill, String orderId) {
        for (JsonNode f : drill.path("facts")) {
            if (f.path("orderId").asText().equals(orderId)) {
                return f;
            }
        }
        throw new AssertionError("no fact for " + orderId);
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openoms.platform.security.Role;
import org.yaml.snakeyaml.Yaml;

/** What a monitoring stack scrapes from both applications after orders went through. */
class MetricsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms = RunningOms.get();

    @Test
    void bothApplicationsExposeCommandTimesAndProjectionLagToPrometheus() throws Exception {
        oms.post("/api/stock/MAIN/METRICS-1/receipts", OrderRequests.receipt(5), "goods-in");
        Instant now = Instant.now();
        var placed = oms.post("/api/orders", OrderRequests.phoneOrder("Mia Metrics", "mia@example.com", "METRICS-1", 1,
                "3.00", now.minus(Duration.ofHours(2)).toString()), "agent");
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(oms.post("/api/orders", OrderRequests.phoneOrder("Max Metrics", "max@example.com", "METRICS-1", 1,
                "3.00", now.plus(Duration.ofMinutes(30)).toString()), "agent").statusCode()).isEqualTo(201);
        String orderId = JSON.readTree(placed.body()).path("orderId").asText();
        assertThat(oms.post("/api/orders/" + orderId + "/messages", """
                {"messageId": "metrics-msg-1", "direction": "INBOUND", "channel": "EMAIL", "sender": "mia@example.com",
                 "subject": "Where is it?", "body": "It was due two hours ago"}""", "inbox").statusCode()).isEqualTo(202);

        assertThat(value(scrape(oms.commandUrl), "commandBus_allTimer_seconds_count\\{payloadType=\"PlaceOrder\"}"))
                .isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // the fulfilment process reserves the line after the answer
            String command = scrape(oms.commandUrl);
            assertThat(value(command, "commandBus_allTimer_seconds_count\\{payloadType=\"ReserveStock\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(command, "commandBus_allTimer_seconds_max\\{payloadType=\"PlaceOrder\"}")).isBetween(0.0, 30.0);
            assertThat(value(command, "oms_deadlines_scheduled")).isGreaterThanOrEqualTo(1);
            assertThat(value(command, "oms_deadlines_overdue")).isGreaterThanOrEqualTo(0);
            String query = scrape(oms.queryUrl);
            assertThat(value(query, "oms_projection_events_behind\\{projection=\"order-list\"}")).isBetween(0.0, 1e9);
            assertThat(value(query, "oms_projection_parked_events\\{projection=\"order-search\"}")).isZero();
            assertThat(value(query, "oms_projection_segment_events_behind\\{projection=\"order-list\",segment=\"1\"}"))
                    .isBetween(0.0, 1e9);
            assertThat(value(query, "oms_orders\\{status=\"CONFIRMED\"}")).isGreaterThanOrEqualTo(1);
            assertThat(value(query, "oms_despatch_queue_orders\\{light=\"RED\",location=\"MAIN\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(query, "oms_despatch_queue_orders\\{light=\"AMBER\",location=\"MAIN\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(query, "oms_messages_awaiting_reply")).isGreaterThanOrEqualTo(1);
            assertThat(value(query, "oms_messages_oldest_unanswered_seconds")).isGreaterThanOrEqualTo(0);
            assertThat(value(query, "elasticsearch_client_requests_seconds_count\\{endpoint=\"bulk\",outcome=\"SUCCESS\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(oms.query("/api/orders/" + orderId).statusCode()).isEqualTo(200);
            // per route template, not per order
            assertThat(value(scrape(oms.queryUrl), "http_server_requests_seconds_count\\{[^}]*uri=\"/api/orders/\\{orderId}\"[^}]*}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(query, "hikaricp_connections_active\\{pool=\"[^\"]+\"}")).isGreaterThanOrEqualTo(0);
            assertThat(value(query, "eventProcessor_processedCounter_total\\{[^}]*processorName=\"order-list\"[^}]*}"))
                    .isGreaterThanOrEqualTo(1);
        });
    }

    /** The dashboard and the alert rules in docker/monitoring ask only for series the applications expose. */
    @Test
    @SuppressWarnings("unchecked")
    void everyMetricOfTheDashboardAndTheAlertsIsExposed() throws Exception {
        oms.post("/api/stock/MAIN/METRICS-2/receipts", OrderRequests.receipt(1), "goods-in");
        assertThat(oms.post("/api/orders", OrderRequests.phoneOrder("Ada Alerts", "ada@example.com", "METRICS-2", 1,
                "2.00"), "agent").statusCode()).isEqualTo(201);
        Path monitoring = Path.of("..", "docker", "monitoring");
        Set<String> names = new TreeSet<>();
        List<Map<String, Object>> groups = new Yaml().<Map<String, List<Map<String, Object>>>>load(
                Files.readString(monitoring.resolve("alerts.yml"))).get("groups");
        groups.forEach(group -> ((List<Map<String, Object>>) group.get("rules"))
                .forEach(rule -> names.addAll(metricNames((String) rule.get("expr")))));
        JSON.readTree(monitoring.resolve("grafana/dashboards/oms-overview.json").toFile()).path("panels")
                .forEach(panel -> panel.path("targets").forEach(target -> names.addAll(metricNames(target.path("expr").asText()))));
        // made by Prometheus itself for every target
        names.remove("up");
        assertThat(names).contains("oms_projection_seconds_behind", "commandBus_allTimer_seconds_bucket");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrapes = scrape(oms.commandUrl) + scrape(oms.queryUrl);
            assertThat(names).allSatisfy(name ->
                    assertThat(scrapes).as(name).containsPattern("(?m)^" + name + "[{ ]"));
        });
    }

    /** The metric names of a PromQL expression: what is left once labels, strings, ranges and functions are gone. */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\(?)").matcher(bare);
        while (m.find()) {
            if (m.group(2).isEmpty() && !Set.of("and", "or", "unless", "bool", "offset").contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void theScrapeIsForMonitoringAndAdministratorsOnly() {
        var response = oms.send(HttpRequest.newBuilder(URI.create(oms.commandUrl + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + oms.token("metrics-agent", Role.CUSTOMER_SERVICE)).GET().build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private String scrape(String baseUrl) {
        var response = oms.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + oms.token("prometheus", Role.MONITORING)).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of the samples matching {@code metric} (a metric may have a line per tag value); fails when there is none. */
    private static double value(String scrape, String metric) {
        Matcher m = Pattern.compile("(?m)^" + metric + " (\\S+)$").matcher(scrape);
        double sum = 0;
        int found = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            found++;
        }
        assertThat(found).as(metric + " in the scrape").isPositive();
        return sum;
    }
}

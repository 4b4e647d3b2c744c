package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;

/**
 * One trace from the request to the projections, across processes: the trace id a POST answers with is the
 * trace id of the query side's log line for the projection of that order's event, in a query side running
 * in a JVM of its own (so nothing but the event store carries the trace across).
 */
class TracingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningOms oms = RunningOms.get();

    @Test
    void theTraceOfAPostReachesTheQuerySidesLogLineForItsProjection() throws Exception {
        try (var querySide = QuerySideProcess.start("read_model_traced", TestStack.properties().get("OMS_ES_URL"),
                "--logging.level.org.openoms.handled=DEBUG")) {
            oms.post("/api/stock/MAIN/TRACE-1/receipts", OrderRequests.receipt(2), "goods-in");
            var placed = oms.post("/api/orders", OrderRequests.phoneOrder("Theo Trace", "theo@example.com", "TRACE-1", 1,
                    "5.00"), "agent");
            assertThat(placed.statusCode()).isEqualTo(201);
            String traceId = placed.headers().firstValue("X-Trace-Id").orElseThrow();
            assertThat(traceId).matches("[0-9a-f]{32}");
            String orderId = JSON.readTree(placed.body()).path("orderId").asText();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<JsonNode> handled = lines(querySide).stream()
                        .filter(line -> line.path("log").path("logger").asText().equals("org.openoms.handled"))
                        .filter(line -> orderId.equals(line.path("orderId").asText()))
                        .filter(line -> line.path("messageType").asText().equals("OrderPlaced"))
                        .toList();
                assertThat(handled).extracting(line -> line.path("handler").asText()).contains("order-list");
                assertThat(handled).allSatisfy(line -> {
                    assertThat(line.path("traceId").asText()).isEqualTo(traceId);
                    assertThat(line.path("actor").asText()).isEqualTo("agent");
                    assertThat(line.path("correlationId").asText()).isNotBlank();
                });
            });
        }
    }

    @Test
    void aProblemNamesTheTraceOfItsRequest() throws Exception {
        var refused = oms.post("/api/orders", "{\"channel\": \"PHONE\"}", "agent");
        assertThat(refused.statusCode()).isEqualTo(400);
        String traceId = refused.headers().firstValue("X-Trace-Id").orElseThrow();
        assertThat(JSON.readTree(refused.body()).path("traceId").asText()).isEqualTo(traceId);

        var anonymous = oms.send(HttpRequest.newBuilder(URI.create(oms.queryUrl + "/api/orders")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("traceId").asText())
                .isEqualTo(anonymous.headers().firstValue("X-Trace-Id").orElseThrow());

        var unknown = oms.query("/api/orders/no-such-order");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("traceId").asText())
                .isEqualTo(unknown.headers().firstValue("X-Trace-Id").orElseThrow());
    }

    private static List<JsonNode> lines(QuerySideProcess querySide) {
        try (var lines = Files.lines(querySide.log())) {
            return lines.filter(line -> line.startsWith("{")).map(TracingIT::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

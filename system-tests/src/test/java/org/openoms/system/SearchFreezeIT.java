package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search server stops answering for longer than the event handler timeout while orders keep coming:
 * nothing is lost, health says so at once, and search catches up once the server answers again.
 */
class SearchFreezeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a customer-service agent may wait, after the search server is back, for every order to be found. */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final Duration FREEZE = Duration.ofSeconds(12);

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void searchCatchesUpWithEveryOrderAfterTheSearchServerFreezesLongerThanTheHandlerTimeout() throws Exception {
        oms.post("/api/stock/MAIN/FREEZE-1/receipts", OrderRequests.receipt(1000), "goods-in");
        URI es = URI.create(TestStack.properties().get("OMS_ES_URL"));
        try (var proxy = new FreezableProxy(es.getHost(), es.getPort());
             var querySide = QuerySideProcess.start("freeze_rm", proxy.url(),
                     "--axon.timeout.handler.events.timeout-ms=3000",
                     "--axon.timeout.transaction.event-processors.timeout-ms=3000",
                     "--spring.elasticsearch.socket-timeout=5s", "--oms.projections.stuck-after=PT4S");
             var traffic = new OrderTraffic(oms, "FREEZE-1", 4)) {
            ReadModels readModels = querySide.readModels(jdbc);
            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), Duration.ofSeconds(90));
            assertThat(health(querySide).body().path("status").asText()).isEqualTo("UP");

            proxy.freeze();
            Instant thawAt = Instant.now().plus(FREEZE);
            traffic.place(40, "Frozen Fiona");
            List<Long> probeMillis = new ArrayList<>();
            boolean searchDegraded = false;
            boolean searchRetrying = false;
            boolean projectionsDegraded = false;
            while (Instant.now().isBefore(thawAt)) {
                Probe probe = health(querySide);
                probeMillis.add(probe.millis());
                searchDegraded |= probe.body().path("components").path("search").path("status").asText().equals("DEGRADED");
                projectionsDegraded |= probe.body().path("components").path("projections").path("status").asText()
                        .equals("DEGRADED");
                for (JsonNode p : readModels.projections()) {
                    searchRetrying |= p.path("name").asText().equals("order-search") && p.path("inErrorRetry").asBoolean();
                }
                Thread.sleep(300);
            }
            proxy.thaw();
            Instant thawed = Instant.now();
            traffic.awaitDone();
            assertThat(traffic.failures()).as("orders are accepted while search is frozen").isEmpty();
            assertThat(probeMillis).as("health answers within a second throughout").allSatisfy(ms -> assertThat(ms).isLessThan(1000));
            assertThat(searchDegraded).as("health says search is degraded while the server does not answer").isTrue();
            assertThat(searchRetrying).as("the admin status shows order search retrying").isTrue();
            assertThat(projectionsDegraded).as("health says a projection is stuck once it retries longer than stuck-after")
                    .isTrue();

            readModels.awaitCaughtUp(ReadModels.OWNED.keySet(), CATCH_UP);
            System.out.printf("search caught up %d ms after the search server answered again%n",
                    Duration.between(thawed, Instant.now()).toMillis());
            assertThat(readModels.documents("orders")).isEqualTo(count("org.openoms.kernel.order.OrderPlaced"));
            assertThat(readModels.documents("messages")).isEqualTo(count("org.openoms.kernel.messaging.CustomerMessageRecorded"));
            await().atMost(Duration.ofSeconds(10)).until(() -> health(querySide).body().path("status").asText().equals("UP"));
            for (String projection : List.of("order-search", "message-search")) {
                String afterFreeze = readModels.content(projection);
                assertThat(readModels.rebuilt(projection, Duration.ofSeconds(120))).as(projection).isEqualTo(afterFreeze);
            }
        }
    }

    private record Probe(long millis, JsonNode body) {
    }

    private Probe health(QuerySideProcess querySide) throws Exception {
        long started = System.nanoTime();
        var response = http.send(HttpRequest.newBuilder(URI.create(querySide.url + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Probe((System.nanoTime() - started) / 1_000_000, JSON.readTree(response.body()));
    }

    private long count(String payloadType) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type = ?",
                Long.class, payloadType);
    }
}

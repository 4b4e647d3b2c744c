package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read model rebuilt by replay comes out identical to the live one, checksum for checksum. */
class RebuildIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.querySide.getBean(JdbcTemplate.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private final String prefix = TestStack.properties().get("OMS_ES_INDEX_PREFIX");

    /** What each projection owns, as queries ordered by key (tables) or index names. */
    private static final Map<String, List<String>> OWNED = Map.of(
            "order-list", List.of("orders:order_id", "order_lines:order_id, line_number"),
            "order-timeline", List.of("order_timeline:order_id, position"),
            "stock-levels", List.of("stock_levels:sku, location"),
            "despatch-queue", List.of("despatch_queue:order_id"),
            "sales-report", List.of("sales_orders:order_id", "sales_facts:event_id", "sales_returns:return_id"),
            "message-search", List.of("message_order_state:order_id", "message_index_entries:message_id",
                    "es:messages:messageId"),
            "order-search", List.of("es:orders:orderId"));

    @Test
    void everyProjectionRebuiltFromTheEventStoreEqualsTheLiveOne() throws Exception {
        seedOneOfEverything();
        awaitAllCaughtUp();
        for (var projection : OWNED.entrySet()) {
            String name = projection.getKey();
            String liveContent = content(projection.getValue());
            String live = checksum(projection.getValue());
            assertThat(liveContent).as(name + " has something to rebuild").doesNotStartWith("0:");
            var rebuild = oms.postToQuerySide("/api/admin/projections/" + name + "/rebuild");
            assertThat(rebuild.statusCode()).as(name).isEqualTo(202);
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> caughtUp(name) && checksum(projection.getValue()).equals(live));
            } catch (ConditionTimeoutException e) {
                assertThat(content(projection.getValue())).as(name + " rebuilt").isEqualTo(liveContent);
            }
        }
        assertThat(oms.postToQuerySide("/api/admin/projections/no-such-thing/rebuild").statusCode()).isEqualTo(404);
    }

    private void seedOneOfEverything() {
        oms.post("/api/stock/MAIN/REBUILD-1/receipts", OrderRequests.receipt(4), "goods-in");
        var placed = oms.post("/api/orders",
                OrderRequests.phoneOrder("Rebecca Rebuild", "rebuild@example.com", "REBUILD-1", 1, "3.00"), "agent");
        assertThat(placed.statusCode()).isEqualTo(201);
        String orderId = placed.body().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
        oms.post("/api/orders/" + orderId + "/messages", """
                {"direction": "INBOUND", "channel": "EMAIL", "sender": "r@example.com", "body": "rebuild me"}""", "inbox");
    }

    /** Every projection has committed every event in the store. */
    private void awaitAllCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> OWNED.keySet().stream().allMatch(this::caughtUp));
    }

    private boolean caughtUp(String name) {
        try {
            Long head = oms.commandSide.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
            // the committed token, not the processor's in-memory status, says the rows are visible
            Long committed = jdbc.queryForObject("""
                    SELECT coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint,
                                    (convert_from(token, 'UTF8')::jsonb -> 'currentToken' ->> 'index')::bigint, -1)
                    FROM read_model.token_entry WHERE processor_name = ?""", Long.class, name);
            for (JsonNode p : JSON.readTree(oms.query("/api/admin/projections").body())) {
                if (p.path("name").asText().equals(name)) {
                    return p.path("caughtUp").asBoolean() && p.path("running").asBoolean()
                            && head != null && committed != null && committed >= head;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String checksum(List<String> owned) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content(owned).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** Row counts and md5 of every owned table's rows in key order, and the documents of every owned index. */
    private String content(List<String> owned) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String item : owned) {
            String[] parts = item.split(":");
            if (parts[0].equals("es")) {
                all.append(indexContent(prefix + parts[1], parts[2]));
            } else {
                all.append(jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                        + parts[1] + ")), '') FROM " + parts[0] + " t", String.class));
            }
            all.append('\n');
        }
        return all.toString();
    }

    private String indexContent(String index, String sortField) throws Exception {
        String es = TestStack.properties().get("OMS_ES_URL");
        http.send(HttpRequest.newBuilder(URI.create(es + "/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        var response = http.send(HttpRequest.newBuilder(URI.create(es + "/" + index + "/_search?size=10000&sort="
                + sortField)).GET().build(), HttpResponse.BodyHandlers.ofString());
        StringBuilder sources = new StringBuilder();
        JSON.readTree(response.body()).path("hits").path("hits")
                .forEach(hit -> sources.append(hit.path("_id").asText()).append('=').append(hit.path("_source")).append('|'));
        return sources.toString();
    }
}

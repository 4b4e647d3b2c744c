package org.openoms.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read models one query side owns, as content that can be compared: row counts and digests of every
 * owned table in key order, and the documents of every owned index. Two query sides (or one before and
 * after a rebuild) hold the same read models when their content is equal.
 */
final class ReadModels {

    /** What each projection owns: tables with their key columns (and the columns compared), or "es:" index suffix and sort field. */
    static final Map<String, List<String>> OWNED = Map.of(
            "order-list", List.of("orders:order_id", "order_lines:order_id, line_number"),
            // positions follow the order commits reached the processor in; every other column must match
            "order-timeline", List.of("order_timeline:event_id:event_id, order_id, occurred_at, event_type, summary, "
                    + "actor, reason, correlation_id, payload"),
            "stock-levels", List.of("stock_levels:sku, location"),
            "despatch-queue", List.of("despatch_queue:order_id"),
            "sales-report", List.of("sales_orders:order_id", "sales_facts:event_id", "sales_returns:return_id"),
            "message-search", List.of("message_order_state:order_id", "message_index_entries:message_id",
                    "awaiting_reply:order_id", "inbox_conversations:order_id",
                    "es:messages:messageId"),
            "order-search", List.of("es:orders:orderId"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String schema;
    private final String indexPrefix;
    private final String queryUrl;
    private final String adminToken;

    /**
     * The read models in {@code schema} and the indexes under {@code indexPrefix}, served at {@code queryUrl},
     * asked with an administrator's bearer token.
     */
    ReadModels(JdbcTemplate jdbc, String schema, String indexPrefix, String queryUrl, String adminToken) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.indexPrefix = indexPrefix;
        this.queryUrl = queryUrl;
        this.adminToken = adminToken;
    }

    String content(String projection) {
        StringBuilder all = new StringBuilder();
        for (String item : OWNED.get(projection)) {
            String[] parts = item.split(":");
            if (parts[0].equals("es")) {
                all.append(indexContent(indexPrefix + parts[1], parts[2]));
            } else {
                // "table:key" compares whole rows, "table:key:columns" only the columns named
                String row = parts.length > 2 ? "(" + parts[2] + ")::text" : "t::text";
                all.append(jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(" + row + ", '|' ORDER BY "
                        + parts[1] + ")), '') FROM " + schema + "." + parts[0] + " t", String.class));
            }
            all.append('\n');
        }
        return all.toString();
    }

    String checksum(String projection) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content(projection).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long documents(String indexSuffix) {
        refresh(indexPrefix + indexSuffix);
        JsonNode count = get(TestStack.properties().get("OMS_ES_URL") + "/" + indexPrefix + indexSuffix + "/_count");
        return count.path("count").asLong(-1);
    }

    /** The query side's own account of every projection. */
    JsonNode projections() {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/admin/projections"))
                    .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).GET().build()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every named projection has committed every event in the store, none is retrying a failure, none parked one. */
    boolean caughtUp(Collection<String> names) {
        JsonNode statuses = projections();
        return names.stream().allMatch(name -> {
            for (JsonNode p : statuses) {
                if (p.path("name").asText().equals(name)) {
                    return p.path("running").asBoolean() && p.path("caughtUp").asBoolean()
                            && p.path("eventsBehind").asLong(-1) == 0 && !p.path("inErrorRetry").asBoolean(true)
                            && p.path("parkedEvents").asLong(-1) == 0;
                }
            }
            return false;
        });
    }

    void awaitCaughtUp(Collection<String> names, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> caughtUp(names));
    }

    HttpResponse<String> rebuild(String projection) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/admin/projections/" + projection + "/rebuild"))
                .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Rebuilds the projection by replay and waits until it has caught up again, returning its content then:
     * what the read model should be.
     */
    String rebuilt(String projection, Duration within) {
        var response = rebuild(projection);
        if (response.statusCode() != 202) {
            throw new IllegalStateException("rebuild of " + projection + " answered " + response.statusCode());
        }
        awaitCaughtUp(List.of(projection), within);
        return content(projection);
    }

    private String indexContent(String index, String sortField) {
        refresh(index);
        JsonNode response = get(TestStack.properties().get("OMS_ES_URL") + "/" + index + "/_search?size=10000&sort=" + sortField);
        StringBuilder sources = new StringBuilder();
        response.path("hits").path("hits").forEach(hit -> sources.append(hit.path("_id").asText()).append('=')
                .append(hit.path("_source")).append('|'));
        return sources.toString();
    }

    private void refresh(String index) {
        send(HttpRequest.newBuilder(URI.create(TestStack.properties().get("OMS_ES_URL") + "/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static JsonNode get(String url) {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return RunningOms.get().send(request);
    }
}

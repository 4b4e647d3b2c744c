package org.openoms.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openoms.importer.ClientToken;

/** The running OMS the benchmark measures: its two APIs, its database and its search server. */
final class Oms {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String COMMAND = env("OMS_COMMAND_URL", "http://127.0.0.1:8081");
    static final String QUERY = env("OMS_QUERY_URL", "http://127.0.0.1:8082");
    static final String SEARCH = env("OMS_ES_URL", "http://127.0.0.1:9200");
    static final String INDEX_PREFIX = env("OMS_ES_INDEX_PREFIX", "oms-");
    private static final String DB = env("OMS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/oms");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ClientToken TOKEN = new ClientToken("oms-tools", "tools-dev-secret");

    private Oms() {
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(DB, env("OMS_DB_USER", "postgres"), env("OMS_DB_PASSWORD", ""));
    }

    static String post(String path, String body) throws Exception {
        return post(COMMAND, path, body);
    }

    static String post(String base, String path, String body) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", TOKEN.header())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static void postQuery(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(QUERY + path)).header("Authorization", TOKEN.header())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get(QUERY, path);
    }

    static HttpResponse<String> get(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TOKEN.header()).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String path) throws Exception {
        return JSON.readTree(get(path).body());
    }

    /** A request to the search server itself (the benchmark's baselines write there directly). */
    static HttpResponse<String> search(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(SEARCH + path)).header("Content-Type",
                path.contains("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 404) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** The newest event's position in the store. */
    static long head() throws SQLException {
        try (Connection c = database();
             var rs = c.createStatement().executeQuery("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether every projection has committed every event up to {@code position}. */
    static boolean projectionsAt(long position) throws Exception {
        for (JsonNode p : getJson("/api/admin/projections")) {
            if (p.path("position").asLong(-1) < position || p.path("parkedEvents").asLong() > 0) {
                return false;
            }
        }
        return true;
    }

    interface Check {
        boolean done() throws Exception;
    }

    /** Asks every {@code every}: the benchmark's own polling must not be what it measures. */
    static void waitUntil(Check check, Duration limit, Duration every) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + limit);
            }
            Thread.sleep(every.toMillis());
        }
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1e6;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

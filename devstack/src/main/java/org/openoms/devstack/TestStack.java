package org.openoms.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * What the integration tests run against: the real PostgreSQL and Elasticsearch that {@code ./oms test}
 * started (or any named by OMS_TEST_DB_URL and OMS_ES_URL). Each test JVM starts from an empty
 * database and its own index prefix.
 */
public final class TestStack {

    private static Map<String, String> properties;

    private TestStack() {
    }

    /** The OMS_* settings both applications read, set as system properties once per JVM. */
    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            String dbUrl = env("OMS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/oms_test");
            String esUrl = env("OMS_ES_URL", "http://127.0.0.1:9200");
            // a second checkout testing at the same time names another root, so neither deletes the other's indexes
            String indexRoot = env("OMS_TEST_INDEX_ROOT", "oms-test");
            String indexPrefix = indexRoot + "-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-";
            emptyDatabase(dbUrl);
            deleteOldTestIndexes(esUrl, indexRoot);
            properties = Map.of("OMS_DB_URL", dbUrl, "OMS_ES_URL", esUrl, "OMS_ES_INDEX_PREFIX", indexPrefix);
            properties.forEach(System::setProperty);
        }
        return properties;
    }

    private static void emptyDatabase(String url) {
        try (Connection c = DriverManager.getConnection(url, env("OMS_DB_USER", "postgres"), env("OMS_DB_PASSWORD", ""));
             var st = c.createStatement()) {
            // every schema of ours, including those of query sides that tests start in JVMs of their own
            var schemas = new java.util.ArrayList<String>();
            try (var rs = st.executeQuery("""
                    SELECT nspname FROM pg_namespace
                    WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('public', 'information_schema')""")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                st.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("no test database at " + url + ": start the servers with ./oms test", e);
        }
    }

    private static void deleteOldTestIndexes(String esUrl, String indexRoot) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(esUrl + "/" + indexRoot + "-*")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("no Elasticsearch at " + esUrl + ": start the servers with ./oms test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

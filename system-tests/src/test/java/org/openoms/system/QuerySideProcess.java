package org.openoms.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openoms.devstack.TestStack;
import org.openoms.query.QuerySideApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A query side in a JVM of its own, so a test can kill it the hard way ({@code kill -9}) and start it
 * again. It keeps its read models in the schema named and its documents under an index prefix named after
 * it (two started with one schema are two instances of one deployment), and reads the same event store, and
 * trusts the same identity server, as the rest of the test run.
 */
final class QuerySideProcess implements AutoCloseable {

    final String schema;
    final String indexPrefix;
    final String url;
    private final AppProcess app;

    private QuerySideProcess(String schema, String esUrl, List<String> extraArguments) {
        var properties = TestStack.properties();
        this.schema = schema;
        this.indexPrefix = properties.get("OMS_ES_INDEX_PREFIX") + schema + "-";
        List<String> command = new ArrayList<>(List.of(AppProcess.java(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), QuerySideApplication.class.getName(),
                "--spring.config.name=" + QuerySideApplication.CONFIG_NAME,
                "--spring.datasource.url=" + properties.get("OMS_DB_URL") + "?currentSchema=" + schema + ",event_store",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--oms.search.index-prefix=" + indexPrefix,
                // one connection per processor and a few for queries: the test database serves several JVMs
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.elasticsearch.uris=" + esUrl,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + RunningOms.get().issuer));
        command.addAll(extraArguments);
        int port = AppProcess.freePort();
        // two instances of one deployment share the schema: the port tells their logs apart
        this.app = new AppProcess("query-side-" + schema + "-" + port, port, command, properties);
        this.url = app.url;
    }

    /** Starts a query side and waits until it answers; {@code esUrl} may name a proxy in front of the real server. */
    static QuerySideProcess start(String schema, String esUrl, String... extraArguments) {
        var querySide = new QuerySideProcess(schema, esUrl, List.of(extraArguments));
        querySide.app.start();
        return querySide;
    }

    /** Its log: one JSON object per line (Spring Boot's structured logging). */
    Path log() {
        return app.log();
    }

    void kill() {
        app.kill();
    }

    long pid() {
        return app.pid();
    }

    void restart() {
        app.start();
    }

    ReadModels readModels(JdbcTemplate jdbc) {
        return new ReadModels(jdbc, schema, indexPrefix, url, RunningOms.get().token("admin"));
    }

    @Override
    public void close() {
        app.close();
    }
}

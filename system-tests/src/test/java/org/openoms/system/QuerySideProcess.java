package org.openoms.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openoms.devstack.TestStack;
import org.openoms.query.QuerySideApplication;

/**
 * A query side in a JVM of its own, so a test can kill it the hard way ({@code kill -9}) and start it
 * again. It keeps its read models in a schema of its own and its documents under an index prefix of its
 * own, and reads the same event store as every other application of the test run.
 */
final class QuerySideProcess implements AutoCloseable {

    final String schema;
    final String indexPrefix;
    final String url;
    private final String esUrl;
    private final List<String> extraArguments;
    private final int port;
    private final Path log;
    private Process process;

    private QuerySideProcess(String schema, String indexPrefix, String esUrl, List<String> extraArguments) {
        this.schema = schema;
        this.indexPrefix = indexPrefix;
        this.esUrl = esUrl;
        this.extraArguments = extraArguments;
        this.port = freePort();
        this.url = "http://127.0.0.1:" + port;
        this.log = Path.of("target", "query-side-" + schema + ".log");
    }

    /** Starts a query side and waits until it answers; {@code esUrl} may name a proxy in front of the real server. */
    static QuerySideProcess start(String schema, String esUrl, String... extraArguments) {
        var querySide = new QuerySideProcess(schema, TestStack.properties().get("OMS_ES_INDEX_PREFIX") + schema + "-",
                esUrl, List.of(extraArguments));
        querySide.launch();
        return querySide;
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished, no token is released. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void restart() {
        launch();
    }

    ReadModels readModels(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new ReadModels(jdbc, schema, indexPrefix, url);
    }

    private void launch() {
        var properties = TestStack.properties();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), QuerySideApplication.class.getName(),
                "--spring.config.name=" + QuerySideApplication.CONFIG_NAME,
                "--server.port=" + port,
                "--spring.datasource.url=" + properties.get("OMS_DB_URL") + "?currentSchema=" + schema + ",event_store",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--oms.search.index-prefix=" + indexPrefix,
                // one connection per processor and a few for queries: the test database serves several JVMs
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.elasticsearch.uris=" + esUrl));
        command.addAll(extraArguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(properties);
            process = builder.start();
            Process started = process;
            // a test JVM that ends early must not leave its query sides holding database connections
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswering(Duration.ofSeconds(120));
    }

    private void awaitAnswering(Duration within) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the query side " + schema + " exited; see " + log.toAbsolutePath());
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep(Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the query side " + schema + " did not answer in " + within + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

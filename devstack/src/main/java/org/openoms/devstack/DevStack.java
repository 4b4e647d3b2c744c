package org.openoms.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the OMS on one machine with nothing installed but a JDK: {@code run} starts PostgreSQL (or uses
 * the one answering), Elasticsearch and both applications ({@code --instances N}: N of each, sharing the
 * database and the indexes), prints the URLs and stops everything on Ctrl-C; {@code infra} starts only the servers, for the test suite, and writes their addresses to
 * {@code .oms/stack.env}.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "run";
        int instances = instances(args);
        if (!mode.equals("run") && !mode.equals("infra") || instances < 1) {
            System.err.println("usage: DevStack run [--instances N] | infra");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("oms.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env("OMS_DATA_DIR", root.resolve(".oms").toString()));
        Path logs = dataDir.resolve("logs");
        Files.createDirectories(logs);

        String pgHost = env("OMS_PG_HOST", "127.0.0.1");
        int pgPort = Integer.parseInt(env("OMS_PG_PORT", "5432"));
        String esUrl = env("OMS_ES_URL", "http://127.0.0.1:9200");

        Postgres postgres = new Postgres(pgHost, pgPort, env("OMS_DB_USER", "postgres"));
        Elasticsearch elasticsearch = new Elasticsearch(esUrl);
        List<Process> apps = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping the OMS ...");
            apps.forEach(Process::destroy);
            apps.forEach(DevStack::awaitQuietly);
            try {
                elasticsearch.close();
                postgres.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
            stopped.countDown();
        }, "devstack-shutdown"));

        String externalDb = System.getenv("OMS_DB_URL");
        if (externalDb == null || externalDb.isBlank()) {
            System.out.println(postgres.start(dataDir));
            postgres.createDatabases(List.of("oms", "oms_test"));
        } else {
            System.out.println("using the PostgreSQL database named by OMS_DB_URL: " + externalDb);
        }
        System.out.println(elasticsearch.start(root.resolve("devstack/target/distributions/elasticsearch.zip"),
                dataDir, logs.resolve("elasticsearch.log")));

        Map<String, String> stackEnv = new LinkedHashMap<>();
        stackEnv.put("OMS_DB_URL", externalDb == null || externalDb.isBlank() ? postgres.jdbcUrl("oms") : externalDb);
        stackEnv.put("OMS_TEST_DB_URL", postgres.jdbcUrl("oms_test"));
        stackEnv.put("OMS_ES_URL", esUrl);
        writeEnv(dataDir.resolve("stack.env"), stackEnv);

        if (mode.equals("run")) {
            String issuer = System.getenv("OMS_ISSUER_URI");
            if (issuer == null || issuer.isBlank()) {
                // the embedded identity server first: both applications trust the tokens it issues
                issuer = "http://127.0.0.1:" + env("OMS_AUTH_PORT", "8083");
                // on another port than 8083 the issuer is not the applications' default: every one is told
                stackEnv.put("OMS_ISSUER_URI", issuer);
                Map<String, String> identityEnv = new LinkedHashMap<>(stackEnv);
                // the development accounts the banner below names; a real deployment runs its own provider
                identityEnv.put("OMS_SEED_DEV_ACCOUNTS", env("OMS_SEED_DEV_ACCOUNTS", "true"));
                apps.add(startApp(root, "identity", "", identityEnv, logs));
                Startup.awaitAnswering("the identity server", apps.get(0), issuer + "/actuator/health",
                        logs.resolve("identity.log"), Duration.ofMinutes(2));
            }
            // instance i listens on the configured ports plus i x the step; all share the database and the indexes
            int commandPort = Integer.parseInt(env("OMS_COMMAND_PORT", "8081"));
            int queryPort = Integer.parseInt(env("OMS_QUERY_PORT", "8082"));
            int step = Integer.parseInt(env("OMS_INSTANCE_PORT_STEP", "10"));
            StringBuilder urls = new StringBuilder();
            for (int i = 0; i < instances; i++) {
                String suffix = i == 0 ? "" : "-" + (i + 1);
                Map<String, String> instanceEnv = new LinkedHashMap<>(stackEnv);
                instanceEnv.put("OMS_COMMAND_PORT", String.valueOf(commandPort + i * step));
                instanceEnv.put("OMS_QUERY_PORT", String.valueOf(queryPort + i * step));
                Process commandSide = startApp(root, "command-side", suffix, instanceEnv, logs);
                Process querySide = startApp(root, "query-side", suffix, instanceEnv, logs);
                apps.add(commandSide);
                apps.add(querySide);
                if (i == 0 && instances > 1) {
                    // on a fresh database the first instance creates the processors' tokens; two at once collide
                    Startup.awaitAnswering("the command side", commandSide, "http://127.0.0.1:" + commandPort
                            + "/actuator/health", logs.resolve("command-side.log"), Duration.ofMinutes(2));
                    Startup.awaitAnswering("the query side", querySide, "http://127.0.0.1:" + queryPort
                            + "/actuator/health", logs.resolve("query-side.log"), Duration.ofMinutes(2));
                }
                String instance = i == 0 ? "" : " " + (i + 1);
                urls.append(api("Command API" + instance, commandPort + i * step))
                        .append(api("Query API" + instance, queryPort + i * step));
            }
            System.out.printf("""

                    The OMS is starting (logs in %s).
                    %s  Sign-in       %s
                      PostgreSQL    %s
                      Search        %s
                    Every API call needs a bearer token (README "Sign-in and roles"):
                      people: Swagger UI > Authorize > oms-swagger, then agent, warehouse, manager, auditor or admin
                              with the development password (oms-dev unless OMS_DEV_PASSWORD says otherwise)
                      systems: curl -u oms-integration:SECRET -d grant_type=client_credentials %s/oauth2/token
                               (SECRET: integration-dev-secret unless OMS_INTEGRATION_SECRET says otherwise)
                    Ctrl-C stops everything; the data stays for the next run.
                    %n""", logs, urls, issuer, stackEnv.get("OMS_DB_URL"), esUrl, issuer);
        } else {
            System.out.println("infrastructure ready: " + stackEnv);
        }
        Files.writeString(dataDir.resolve("stack.ready"), mode);
        stopped.await();
    }

    private static String api(String name, int port) {
        return "  %-13s http://127.0.0.1:%d/api   Swagger UI http://127.0.0.1:%d/swagger-ui.html%n".formatted(name, port, port);
    }

    /** {@code --instances N}: how many of each application {@code run} starts; one unless asked. */
    private static int instances(String[] args) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--instances")) {
                try {
                    return Integer.parseInt(args[i + 1]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** {@code suffix} tells the log of a second instance from the first's. */
    private static Process startApp(Path root, String name, String suffix, Map<String, String> stackEnv, Path logs)
            throws IOException {
        Path jar;
        try (var jars = Files.list(root.resolve(name).resolve("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " jar: build with mvn install first"));
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + suffix + ".log").toFile()));
        builder.environment().putAll(stackEnv);
        return builder.start();
    }

    private static void writeEnv(Path file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append("export ").append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text);
    }

    private static void awaitQuietly(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

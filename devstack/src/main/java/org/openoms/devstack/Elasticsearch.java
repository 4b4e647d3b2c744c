package org.openoms.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Elasticsearch 8.19 server from the Maven Central distribution. It refuses to run as root,
 * so when we are root it runs as an unprivileged system user of its own.
 */
final class Elasticsearch implements AutoCloseable {

    static final String SERVICE_USER = "oms-es";

    private final String url;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    Elasticsearch(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.port = URI.create(this.url).getPort() > 0 ? URI.create(this.url).getPort() : 9200;
    }

    String start(Path distribution, Path dataDir, Path logFile) throws IOException, InterruptedException {
        if (healthy()) {
            return "Elasticsearch already running at " + url;
        }
        if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalStateException("no Elasticsearch answers at " + url);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = root ? traversableByOthers(dataDir) : dataDir;
        Path home = unpack(distribution, base.resolve("elasticsearch"));
        Path esData = base.resolve("es-data");
        Path esLogs = base.resolve("es-logs");
        Files.createDirectories(esData);
        Files.createDirectories(esLogs);
        configure(home, esData, esLogs);
        List<String> command = new ArrayList<>();
        if (root) {
            ensureServiceUser();
            run("chown", "-R", SERVICE_USER + ":", home.toString(), esData.toString(), esLogs.toString());
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putIfAbsent("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        process = builder.start();
        for (int i = 0; i < 240; i++) {
            if (healthy()) {
                return "Elasticsearch started at " + url + " (home " + home + ", log " + logFile + ")";
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + "; see " + logFile);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Elasticsearch did not become healthy in 120 s; see " + logFile);
    }

    boolean healthy() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path unpack(Path zip, Path target) throws IOException {
        Path marker = target.resolve(".unpacked-" + Files.size(zip));
        if (Files.exists(marker)) {
            return home(target);
        }
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Elasticsearch distribution missing: " + zip + " (run mvn install first)");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path home = home(target);
        // a zip keeps no file modes: the launch scripts must be executable again
        try (var scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                Files.setPosixFilePermissions(script, Set.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            }
        }
        Files.createFile(marker);
        return home;
    }

    private static Path home(Path target) throws IOException {
        try (var entries = Files.list(target)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("elasticsearch-")).findFirst()
                    .orElseThrow(() -> new IOException("no elasticsearch-* folder in " + target));
        }
    }

    private void configure(Path home, Path data, Path logs) throws IOException {
        Path config = home.resolve("config/elasticsearch.yml");
        String original = Files.readString(config);
        int marker = original.indexOf("# --- OMS devstack ---");
        String base = marker >= 0 ? original.substring(0, marker) : original;
        String ours = """
                # --- OMS devstack ---
                cluster.name: oms-devstack
                discovery.type: single-node
                xpack.security.enabled: false
                network.host: 127.0.0.1
                http.port: %d
                path.data: %s
                path.logs: %s
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: false
                """.formatted(port, data, logs);
        Files.writeString(config, base + ours, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The service user must be able to reach its files: fall back to /var/lib when a parent is private. */
    private static Path traversableByOthers(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                // one folder per data directory, so two stacks on one machine never share a node's data
                Path fallback = Path.of("/var/lib/oms-devstack", shortHash(absolute.toString()));
                Files.createDirectories(fallback);
                return fallback;
            }
        }
        Files.createDirectories(absolute);
        return absolute;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureServiceUser() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", "-u", SERVICE_USER).start().waitFor() != 0) {
            run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
    }
}

package org.openoms.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL server: the one answering at host:port when there is one; the machine's own cluster
 * started with pg_ctlcluster when it is installed but down; otherwise an embedded server whose data
 * directory survives restarts.
 */
final class Postgres implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private EmbeddedPostgres embedded;

    Postgres(String host, int port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    String start(Path dataDir) throws IOException, InterruptedException {
        if (answers()) {
            return "PostgreSQL already running at " + host + ":" + port;
        }
        if (startMachineCluster() && waitUntilAnswering(60)) {
            return "PostgreSQL cluster of this machine started at " + host + ":" + port;
        }
        Path pgData = dataDir.resolve("pgdata");
        Files.createDirectories(pgData);
        embedded = EmbeddedPostgres.builder().setPort(port).setDataDirectory(pgData).setCleanDataDirectory(false)
                .start();
        return "embedded PostgreSQL started at " + host + ":" + port + " (data in " + pgData + ")";
    }

    void createDatabases(List<String> names) throws SQLException {
        try (Connection c = connect("postgres")) {
            for (String name : names) {
                boolean exists;
                try (var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    st.setString(1, name);
                    exists = st.executeQuery().next();
                }
                if (!exists) {
                    try (var st = c.createStatement()) {
                        st.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, System.getenv().getOrDefault("OMS_DB_PASSWORD", ""));
    }

    private boolean answers() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean waitUntilAnswering(int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 2; i++) {
            if (answers()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** CI machines have a Debian cluster that may have been stopped; start it as the machine would. */
    private boolean startMachineCluster() throws IOException, InterruptedException {
        Path clusters = Path.of("/etc/postgresql");
        if (!Files.isDirectory(clusters) || !isLocal()) {
            return false;
        }
        try (var versions = Files.list(clusters)) {
            for (Path version : versions.toList()) {
                Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect",
                        version.getFileName().toString(), "main", "start").inheritIO().start();
                if (process.waitFor() == 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private boolean isLocal() {
        return host.equals("127.0.0.1") || host.equals("localhost");
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}

package org.openoms.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openoms.devstack.Startup;

/**
 * An application in a JVM of its own on a free port, so a test can kill it the hard way ({@code kill -9}) and
 * start it again; it dies with the test JVM.
 */
final class AppProcess implements AutoCloseable {

    final int port;
    final String url;
    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    /** {@code command} gets the port appended as {@code --server.port}. */
    AppProcess(String name, int port, List<String> command, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.url = "http://127.0.0.1:" + port;
        this.command = new java.util.ArrayList<>(command);
        this.command.add("--server.port=" + port);
        this.environment = environment;
        this.log = Path.of("target", name + ".log");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runnable jar a module packages ({@code *-exec.jar}); the build packages it before these tests run. */
    static Path packagedJar(String module) {
        try (var files = Files.list(Path.of("..", module, "target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + module + " jar: package the " + module + " module first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts it and waits until its health endpoint answers. */
    AppProcess start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Process started = process;
            // a test JVM that ends early must not leave its applications holding database connections
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Startup.awaitAnswering(name, process, url + "/actuator/health", log, Duration.ofSeconds(120));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** What it wrote to standard output and error, this run's after any earlier run's. */
    Path log() {
        return log;
    }

    /** The operating system's process id: Axon names a token's owner {@code pid@host}. */
    long pid() {
        return process.pid();
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
}

package org.openoms.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openoms.command.CommandSideApplication;
import org.openoms.devstack.TestStack;
import org.openoms.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Both applications, started once per test JVM on random ports against the real PostgreSQL and
 * Elasticsearch. They share nothing but the event store, as in production.
 */
final class RunningOms {

    private static RunningOms instance;

    final String commandUrl;
    final String queryUrl;
    final ConfigurableApplicationContext commandSide;
    final ConfigurableApplicationContext querySide;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningOms() {
        TestStack.properties();
        commandSide = start(CommandSideApplication.class, CommandSideApplication.CONFIG_NAME);
        querySide = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME);
        commandUrl = "http://127.0.0.1:" + port(commandSide);
        queryUrl = "http://127.0.0.1:" + port(querySide);
    }

    static synchronized RunningOms get() {
        if (instance == null) {
            instance = new RunningOms();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                instance.querySide.close();
                instance.commandSide.close();
            }));
        }
        return instance;
    }

    HttpResponse<String> post(String path, String json, String actor) {
        return send(HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("Content-Type", "application/json").header("X-Actor", actor)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Administrative commands of the query side (rebuilding a projection). */
    HttpResponse<String> postToQuerySide(String path) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + path)).header("X-Actor", "admin")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Any method on the query side, as an administrator. */
    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + path)).header("X-Actor", "admin")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> query(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + pathAndQuery)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName) {
        // command-line arguments outrank the applications' own configuration files
        return new SpringApplicationBuilder(application)
                .run("--spring.config.name=" + configName, "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

package org.openoms.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openoms.command.CommandSideApplication;
import org.openoms.devstack.TestStack;
import org.openoms.platform.security.Role;
import org.openoms.query.QuerySideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The identity server (its own JVM, from its packaged jar) and both applications (in this JVM, on random
 * ports), started once per test JVM against the real PostgreSQL and Elasticsearch. Every request carries a
 * bearer token the identity server issued to a client named after the actor, so the actor on each event is
 * the token's, as in production.
 */
final class RunningOms {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "system-test-secret";
    static final String SHOPIFY_SECRET = "system-shopify-secret";
    private static RunningOms instance;

    final String issuer;
    final String commandUrl;
    final String queryUrl;
    final ConfigurableApplicationContext commandSide;
    final ConfigurableApplicationContext querySide;
    private final AppProcess identity;
    private final JdbcRegisteredClientRepository clients;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningOms() {
        var properties = TestStack.properties();
        int identityPort = AppProcess.freePort();
        issuer = "http://127.0.0.1:" + identityPort;
        identity = new AppProcess("identity", identityPort, List.of(AppProcess.java(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", AppProcess.packagedJar("identity").toString(),
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer, "--oms.identity.seed-dev-accounts=true"),
                properties).start();
        var identityDb = new DriverManagerDataSource(properties.get("OMS_DB_URL") + "?currentSchema=identity",
                System.getenv().getOrDefault("OMS_DB_USER", "postgres"), System.getenv().getOrDefault("OMS_DB_PASSWORD", ""));
        clients = new JdbcRegisteredClientRepository(new JdbcTemplate(identityDb));
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
                instance.identity.close();
            }));
        }
        return instance;
    }

    /** A token of a client named {@code actor} holding every role: for tests about what a request does. */
    String token(String actor) {
        return token(actor, Role.values());
    }

    /** A token of a client named {@code actor} holding exactly {@code roles} (none: a token with no role). */
    String token(String actor, Role... roles) {
        return tokens.computeIfAbsent(actor, name -> {
            if (clients.findByClientId(name) == null) {
                RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(name)
                        .clientSecret("{noop}" + SECRET).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
                Stream.of(roles).forEach(role -> client.scope(role.name()));
                if (roles.length == 0) {
                    client.scope("NONE");
                }
                clients.save(client.build());
            }
            String basic = Base64.getEncoder().encodeToString((name + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
            var response = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
            try {
                String token = JSON.readTree(response.body()).path("access_token").asText(null);
                if (token == null) {
                    throw new IllegalStateException("no token for " + name + ": " + response.statusCode() + " " + response.body());
                }
                return token;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    HttpResponse<String> post(String path, String json, String actor) {
        return post(commandUrl, path, json, actor);
    }

    /** A command to the command side at {@code baseUrl}: this one's, or another instance's. */
    HttpResponse<String> post(String baseUrl, String path, String json, String actor) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token(actor))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Administrative commands of the query side (rebuilding a projection). */
    HttpResponse<String> postToQuerySide(String path) {
        return send("POST", path);
    }

    /** Any method on the query side, as an administrator. */
    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + path)).header("Authorization", "Bearer " + token("admin"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> query(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + pathAndQuery))
                .header("Authorization", "Bearer " + token("reader")).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start(Class<?> application, String configName) {
        // command-line arguments outrank the applications' own configuration files
        return new SpringApplicationBuilder(application)
                .run("--spring.config.name=" + configName, "--server.port=0",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                        // the Shopify shop whose webhooks ShopifyChannelIT signs
                        "--oms.channels.accounts[0].channel=SHOPIFY", "--oms.channels.accounts[0].name=system-shop",
                        "--oms.channels.accounts[0].webhook-secret=" + SHOPIFY_SECRET);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

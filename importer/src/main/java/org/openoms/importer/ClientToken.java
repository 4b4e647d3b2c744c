package org.openoms.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A bearer token for a command-line tool, by the OAuth2 client-credentials grant against the OMS's issuer
 * ({@code OMS_ISSUER_URI}, its token endpoint found by OpenID discovery), renewed a minute before it expires.
 * The client is {@code OMS_CLIENT_ID} / {@code OMS_CLIENT_SECRET}, else the tool's development client.
 */
public final class ClientToken {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final String clientId;
    private final String secret;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientToken(String defaultClientId, String defaultSecret) {
        this.issuer = env("OMS_ISSUER_URI", "http://127.0.0.1:8083");
        this.clientId = env("OMS_CLIENT_ID", defaultClientId);
        this.secret = env("OMS_CLIENT_SECRET", defaultSecret);
    }

    /** The value of an Authorization header. */
    public synchronized String header() {
        if (Instant.now().isAfter(renewAt)) {
            JsonNode answer = post(tokenEndpoint(), "grant_type=client_credentials");
            token = answer.path("access_token").asText(null);
            if (token == null) {
                throw new IllegalStateException("the issuer gave " + clientId + " no token: " + answer);
            }
            renewAt = Instant.now().plusSeconds(Math.max(answer.path("expires_in").asLong(300) - 60, 30));
        }
        return "Bearer " + token;
    }

    private String tokenEndpoint() {
        JsonNode discovery = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).GET().build());
        return discovery.path("token_endpoint").asText(issuer + "/oauth2/token");
    }

    private JsonNode post(String url, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the issuer " + issuer + " (is the OMS running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

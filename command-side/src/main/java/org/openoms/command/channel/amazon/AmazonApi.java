package org.openoms.command.channel.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.springframework.stereotype.Component;

/**
 * Amazon's Selling Partner API for one seller account: a Login with Amazon access token from the account's
 * refresh token (kept until a minute before it expires), sent as {@code x-amz-access-token}. Throttling (429)
 * and Amazon's 5xx are waited out; other refusals are reported with Amazon's error.
 */
@Component
class AmazonApi {

    static final String DEFAULT_TOKEN_URL = "https://api.amazon.com/auth/o2/token";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private record Token(String value, Instant expires) {
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    AmazonApi(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    JsonNode get(Account seller, String pathAndQuery) throws ChannelUnavailable {
        return send(seller, HttpRequest.newBuilder(uri(seller, pathAndQuery)).GET());
    }

    JsonNode post(Account seller, String path, JsonNode body) throws ChannelUnavailable {
        return send(seller, HttpRequest.newBuilder(uri(seller, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static URI uri(Account seller, String pathAndQuery) throws ChannelUnavailable {
        if (seller.apiUrl() == null) {
            throw new ChannelUnavailable("the seller account has no api-url (e.g. https://sellingpartnerapi-eu.amazon.com)",
                    null);
        }
        return URI.create(seller.apiUrl().replaceAll("/+$", "") + pathAndQuery);
    }

    private JsonNode send(Account seller, HttpRequest.Builder request) throws ChannelUnavailable {
        HttpResponse<String> response = exchange(request.header("x-amz-access-token", token(seller))
                .header("Accept", "application/json").timeout(TIMEOUT).build(), "Amazon");
        return body(response, "Amazon");
    }

    private String token(Account seller) throws ChannelUnavailable {
        Token token = tokens.get(seller.name());
        if (token != null && token.expires().isAfter(clock.instant())) {
            return token.value();
        }
        String form;
        try {
            form = "grant_type=refresh_token&refresh_token=" + query(seller.setting("refresh-token"))
                    + "&client_id=" + query(seller.setting("client-id"))
                    + "&client_secret=" + query(seller.setting("client-secret"));
        } catch (IllegalStateException e) {
            throw new ChannelUnavailable(e.getMessage(), null);
        }
        String url = seller.settings().getOrDefault("token-url", DEFAULT_TOKEN_URL);
        JsonNode answer = body(exchange(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "Login with Amazon"), "Login with Amazon");
        String value = answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new ChannelUnavailable("Login with Amazon gave no access_token", null);
        }
        long seconds = Math.max(60, answer.path("expires_in").asLong(3600));
        tokens.put(seller.name(), new Token(value, clock.instant().plusSeconds(seconds - 60)));
        return value;
    }

    private HttpResponse<String> exchange(HttpRequest request, String who) throws ChannelUnavailable {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelUnavailable(who + " did not answer: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelUnavailable("interrupted", null);
        }
    }

    private JsonNode body(HttpResponse<String> response, String who) throws ChannelUnavailable {
        int status = response.statusCode();
        String text = response.body() == null ? "" : response.body();
        if (status >= 300) {
            throw new ChannelUnavailable(who + " answered " + status + (status == 429 ? " (throttled)" : "") + ": "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text), null);
        }
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new ChannelUnavailable(who + "'s answer is not JSON", null);
        }
    }
}

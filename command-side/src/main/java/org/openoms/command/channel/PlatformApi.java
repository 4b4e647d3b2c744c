package org.openoms.command.channel;

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

/**
 * A platform's JSON API for one account, signed in with an OAuth access token the platform gives for the
 * account's refresh token (kept until a minute before it expires), or a long-lived one the account holds. Every refusal, throttling
 * included, is a {@link ChannelUnavailable} naming the platform's answer.
 */
public abstract class PlatformApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private record Token(String value, Instant expires) {
    }

    protected final ObjectMapper json;
    private final Clock clock;
    private final String platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    protected PlatformApi(ObjectMapper json, Clock clock, String platform) {
        this.json = json;
        this.clock = clock;
        this.platform = platform;
    }

    /** The request that exchanges the account's refresh token for an access token. */
    protected abstract HttpRequest tokenRequest(Account account) throws ChannelUnavailable;

    /** The request carrying the access token as the platform expects it. */
    protected abstract HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken);

    public JsonNode get(Account account, String pathAndQuery) throws ChannelUnavailable {
        return body(send(account, HttpRequest.newBuilder(uri(account, pathAndQuery)).GET()));
    }

    /** Posts JSON; the answer, checked. */
    public HttpResponse<String> post(Account account, String path, JsonNode body) throws ChannelUnavailable {
        HttpResponse<String> response = send(account, HttpRequest.newBuilder(uri(account, path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        body(response);
        return response;
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A setting the account must have for this platform. */
    public static String setting(Account account, String key) throws ChannelUnavailable {
        try {
            return account.setting(key);
        } catch (IllegalStateException e) {
            throw new ChannelUnavailable(e.getMessage(), null);
        }
    }

    protected static HttpRequest.Builder form(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private URI uri(Account account, String pathAndQuery) throws ChannelUnavailable {
        if (account.apiUrl() == null) {
            throw new ChannelUnavailable("the " + platform + " account has no api-url", null);
        }
        return URI.create(account.apiUrl().replaceAll("/+$", "") + pathAndQuery);
    }

    private HttpResponse<String> send(Account account, HttpRequest.Builder request) throws ChannelUnavailable {
        return exchange(authorized(request, token(account)).header("Accept", "application/json").timeout(TIMEOUT).build());
    }

    /** The access token for the account: by default the refresh-token exchange, kept until it nearly expires. */
    protected String token(Account account) throws ChannelUnavailable {
        Token token = tokens.get(account.name());
        if (token != null && token.expires().isAfter(clock.instant())) {
            return token.value();
        }
        JsonNode answer = body(exchange(tokenRequest(account)));
        String value = answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new ChannelUnavailable(platform + " gave no access_token", null);
        }
        long seconds = Math.max(60, answer.path("expires_in").asLong(3600));
        tokens.put(account.name(), new Token(value, clock.instant().plusSeconds(seconds - 60)));
        return value;
    }

    private HttpResponse<String> exchange(HttpRequest request) throws ChannelUnavailable {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelUnavailable(platform + " did not answer: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelUnavailable("interrupted", null);
        }
    }

    private JsonNode body(HttpResponse<String> response) throws ChannelUnavailable {
        int status = response.statusCode();
        String text = response.body() == null ? "" : response.body();
        if (status >= 300) {
            throw new ChannelUnavailable(platform + " answered " + status + (status == 429 ? " (throttled)" : "") + ": "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text), null);
        }
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new ChannelUnavailable(platform + "'s answer is not JSON", null);
        }
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestTokens;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tokens the OMS must not accept: from another issuer, expired, unsigned ({@code alg: none}), or with a
 * payload changed after signing. Each is a 401 problem and writes nothing.
 */
class TokenRefusalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_ROLES = List.of("CUSTOMER_SERVICE", "WAREHOUSE", "MANAGER", "AUDITOR",
            "INTEGRATION", "ADMIN");

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String foreign = TestTokens.sign(TestTokens.claims("mallory", ALL_ROLES, "http://127.0.0.1:1/elsewhere",
                Instant.now().plus(Duration.ofHours(1))).build(), TestTokens.newKey());
        assertRefused(foreign);
    }

    @Test
    void aTokenSignedByTheIdentityServersKeyButExpiredIsRefused() throws Exception {
        String expired = TestTokens.sign(TestTokens.claims("late-larry", ALL_ROLES, oms.issuer,
                Instant.now().minus(Duration.ofMinutes(10))).build(), identityServersKey());
        assertRefused(expired);
        String fresh = TestTokens.sign(TestTokens.claims("timely-tim", ALL_ROLES, oms.issuer,
                Instant.now().plus(Duration.ofMinutes(10))).build(), identityServersKey());
        assertThat(placeCancel(fresh).statusCode()).as("the same key, in date, is accepted").isEqualTo(404);
    }

    @Test
    void aTokenTheIdentityServerSignedForAnotherAudienceIsRefused() throws Exception {
        String elsewhere = TestTokens.sign(TestTokens.claims("other-app-user", ALL_ROLES, oms.issuer,
                Instant.now().plus(Duration.ofMinutes(10))).audience("another-application").build(), identityServersKey());
        assertRefused(elsewhere);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"sub\":\"eve\",\"iss\":\"" + oms.issuer + "\",\"roles\":[\"CUSTOMER_SERVICE\"],"
                + "\"exp\":" + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}");
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void aTokenWhosePayloadWasChangedAfterSigningIsRefused() throws Exception {
        String[] parts = oms.token("only-auditor-for-tampering", org.openoms.platform.security.Role.AUDITOR).split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((com.fasterxml.jackson.databind.node.ObjectNode) claims).putArray("roles").add("CUSTOMER_SERVICE");
        assertRefused(parts[0] + "." + base64(claims.toString()) + "." + parts[2]);
    }

    private void assertRefused(String token) throws Exception {
        long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        HttpResponse<String> response = placeCancel(token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("type").asText()).isEqualTo("urn:oms:problem:unauthorized");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(oms.send(HttpRequest.newBuilder(URI.create(oms.queryUrl + "/api/orders"))
                .header("Authorization", "Bearer " + token).GET().build()).statusCode()).isEqualTo(401);
    }

    /** A cancel of an order that does not exist: 404 when the token is accepted, so nothing is ever written. */
    private HttpResponse<String> placeCancel(String token) {
        return oms.send(HttpRequest.newBuilder(URI.create(oms.commandUrl + "/api/orders/no-such-order/cancel"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"test\"}")).build());
    }

    private RSAKey identityServersKey() throws Exception {
        return RSAKey.parse(jdbc.queryForObject("SELECT jwk FROM identity.signing_keys LIMIT 1", String.class));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A person signs in as Swagger UI (and later the console) does: authorization code with PKCE against the
 * identity server, user name and password on its sign-in page. The token carries that person's role and
 * name, and the API answers accordingly.
 */
class PersonSignInIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REDIRECT = "http://127.0.0.1:8081/swagger-ui/oauth2-redirect.html";

    private final RunningOms oms = RunningOms.get();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAgentSignsInWithAuthorizationCodeAndPkceAndMayDoWhatAnAgentMay() throws Exception {
        String token = signIn("agent", "oms-dev");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("roles")).extracting(JsonNode::asText).containsExactly("CUSTOMER_SERVICE");
        assertThat(claims.path("name").asText()).isEqualTo("agent");

        assertThat(call(oms.queryUrl + "/api/orders", token)).as("an agent lists orders").isEqualTo(200);
        assertThat(call(oms.queryUrl + "/api/reports/sales-by-channel", token)).as("but reads no reports").isEqualTo(403);
    }

    @Test
    void aWrongPasswordGetsNoCode() throws Exception {
        String verifier = verifier();
        String authorize = authorizeUrl(verifier);
        browser.send(get(authorize), HttpResponse.BodyHandlers.discarding());
        var login = submitLogin("agent", "not-the-password");
        assertThat(login.headers().firstValue("Location").orElse("")).contains("error");
    }

    private String signIn(String user, String password) throws Exception {
        String verifier = verifier();
        String authorize = authorizeUrl(verifier);
        var first = browser.send(get(authorize), HttpResponse.BodyHandlers.discarding());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/login");

        var login = submitLogin(user, password);
        assertThat(login.statusCode()).isEqualTo(302);
        var again = browser.send(get(absolute(login.headers().firstValue("Location").orElseThrow())),
                HttpResponse.BodyHandlers.discarding());
        String redirect = again.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith(REDIRECT);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        assertThat(code.find()).as(redirect).isTrue();

        var tokenResponse = browser.send(HttpRequest.newBuilder(URI.create(oms.issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=oms-swagger"
                        + "&code=" + code.group(1) + "&redirect_uri=" + encode(REDIRECT) + "&code_verifier=" + verifier))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        return JSON.readTree(tokenResponse.body()).path("access_token").asText();
    }

    private HttpResponse<Void> submitLogin(String user, String password) throws Exception {
        String page = browser.send(get(oms.issuer + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in page has its CSRF token").isTrue();
        return browser.send(HttpRequest.newBuilder(URI.create(oms.issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1)))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String authorizeUrl(String verifier) throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        return oms.issuer + "/oauth2/authorize?response_type=code&client_id=oms-swagger&scope=openid%20profile"
                + "&redirect_uri=" + encode(REDIRECT) + "&state=s1&code_challenge=" + challenge
                + "&code_challenge_method=S256";
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : oms.issuer + location;
    }

    private int call(String url, String token) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

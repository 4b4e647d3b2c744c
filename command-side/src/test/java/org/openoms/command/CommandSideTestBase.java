package org.openoms.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.stream.Stream;
import org.openoms.devstack.TestStack;
import org.openoms.devstack.TestTokens;
import org.openoms.platform.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command application on the real PostgreSQL that {@code ./oms test} provides, trusting the tokens
 * {@link TestTokens} signs (the identity server is not started for these tests).
 */
@SpringBootTest(classes = {CommandSideApplication.class, CommandSideTestBase.TrustTestTokens.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CommandSideApplication.CONFIG_NAME, "oms.channels.confirm-every=PT0.2S",
                "oms.mail.send-every=PT0.2S", "oms.mail.read-every=PT0.5S",
                "oms.channels.poll-every=PT1S"})
public abstract class CommandSideTestBase {

    protected static final String SHOPIFY_SECRET = "shopify-test-secret";
    protected static final String WOOCOMMERCE_SECRET = "woocommerce-test-secret";

    /** Every role, for tests about what a request does rather than who may send it. */
    protected static final String TOKEN = TestTokens.token("command-side-test",
            Stream.of(Role.values()).map(Role::name).toList());

    @TestConfiguration
    static class TrustTestTokens {
        @Bean
        JwtDecoder testTokenDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return decoder;
        }
    }

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The merchant's SMTP server: a real one (GreenMail) that keeps what it receives. */
    protected static final GreenMail MAIL = new GreenMail(new ServerSetup[]{ServerSetupTest.SMTP.dynamicPort(),
            ServerSetupTest.IMAP.dynamicPort()});

    /** The mailbox customers write to, on the same mail server. */
    protected static final String MAILBOX = "orders@teaandcakes.example";

    /** The outside systems' HTTP APIs (Shopify's Admin API), as WireMock stubs of them. */
    protected static final WireMockServer PLATFORMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        TestStack.properties().forEach((name, value) -> registry.add(name, () -> value));
        if (!PLATFORMS.isRunning()) {
            PLATFORMS.start();
            MAIL.start();
            MAIL.setUser(MAILBOX, "orders", "mailbox-secret");
        }
        registry.add("oms.mail.imap.host", () -> "127.0.0.1");
        registry.add("oms.mail.imap.port", () -> MAIL.getImap().getPort());
        registry.add("oms.mail.imap.username", () -> "orders");
        registry.add("oms.mail.imap.password", () -> "mailbox-secret");
        registry.add("oms.mail.imap.ssl", () -> "false");
        registry.add("oms.mail.smtp.host", () -> "127.0.0.1");
        registry.add("oms.mail.smtp.port", () -> MAIL.getSmtp().getPort());
        registry.add("oms.mail.send-on", () -> "DESPATCHED");
        registry.add("oms.mail.from", () -> "Tea & Cakes <orders@teaandcakes.example>");
        // a Shopify shop whose webhooks the channel tests sign (a list is bound from one property source only)
        registry.add("oms.channels.accounts[0].channel", () -> "SHOPIFY");
        registry.add("oms.channels.accounts[0].name", () -> "test-shop");
        registry.add("oms.channels.accounts[0].webhook-secret", () -> SHOPIFY_SECRET);
        registry.add("oms.channels.accounts[0].access-token", () -> "shpat_test");
        registry.add("oms.channels.accounts[0].api-url", PLATFORMS::baseUrl);
        registry.add("oms.channels.accounts[1].channel", () -> "WOOCOMMERCE");
        registry.add("oms.channels.accounts[1].name", () -> "test-store");
        registry.add("oms.channels.accounts[1].webhook-secret", () -> WOOCOMMERCE_SECRET);
        registry.add("oms.channels.accounts[1].access-token", () -> "ck_test:cs_test");
        registry.add("oms.channels.accounts[1].api-url", PLATFORMS::baseUrl);
        registry.add("oms.channels.accounts[2].channel", () -> "AMAZON");
        registry.add("oms.channels.accounts[2].name", () -> "test-seller");
        registry.add("oms.channels.accounts[2].api-url", PLATFORMS::baseUrl);
        registry.add("oms.channels.accounts[2].settings.marketplace-id", () -> "A1F83G8C2ARO7P");
        registry.add("oms.channels.accounts[2].settings.client-id", () -> "amzn1.application-oa2-client.test");
        registry.add("oms.channels.accounts[2].settings.client-secret", () -> "amzn-test-secret");
        registry.add("oms.channels.accounts[2].settings.refresh-token", () -> "Atzr|test-refresh");
        registry.add("oms.channels.accounts[2].settings.token-url", () -> PLATFORMS.baseUrl() + "/auth/o2/token");
        registry.add("oms.channels.accounts[3].channel", () -> "EBAY");
        registry.add("oms.channels.accounts[3].name", () -> "test-ebay");
        registry.add("oms.channels.accounts[3].api-url", PLATFORMS::baseUrl);
        registry.add("oms.channels.accounts[3].settings.client-id", () -> "OmsTest-PRD-1234");
        registry.add("oms.channels.accounts[3].settings.client-secret", () -> "PRD-secret");
        registry.add("oms.channels.accounts[3].settings.refresh-token", () -> "v^1.1#i^1#test");
        registry.add("oms.channels.accounts[3].settings.token-url", () -> PLATFORMS.baseUrl() + "/identity/v1/oauth2/token");
        registry.add("oms.channels.accounts[4].channel", () -> "MAGENTO");
        registry.add("oms.channels.accounts[4].name", () -> "test-magento");
        registry.add("oms.channels.accounts[4].api-url", PLATFORMS::baseUrl);
        registry.add("oms.channels.accounts[4].access-token", () -> "magento-integration-token");
        registry.add("oms.channels.accounts[5].channel", () -> "CSV");
        registry.add("oms.channels.accounts[5].name", () -> "test-csv");
        registry.add("oms.channels.accounts[5].settings[column.sku]", () -> "Item SKU");
        registry.add("oms.channels.accounts[5].settings[column.order-ref]", () -> "Order");
    }

    /** How many reservations of the order were released (the fulfilment process does it after a cancellation). */
    protected long released(String orderId) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE payload_type LIKE '%.StockReservationReleased' AND convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%\"" + orderId + "\"%");
        return count == null ? 0 : count;
    }

    /** How many events of this type the order's own stream holds. */
    protected long events(String orderId, String type) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                Long.class, orderId, "%." + type);
        return count == null ? 0 : count;
    }

    /** The payload of the order's one event of this type, as JSON text. */
    protected String event(String orderId, String type) {
        return jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE ?""", String.class, orderId, "%." + type);
    }

    /** A POST with every role that must succeed. */
    protected void postOk(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKEN);
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + ": " + answer.getBody()).isTrue();
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

}

package org.openoms.command;

import java.util.stream.Stream;
import org.openoms.devstack.TestStack;
import org.openoms.devstack.TestTokens;
import org.openoms.platform.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command application on the real PostgreSQL that {@code ./oms test} provides, trusting the tokens
 * {@link TestTokens} signs (the identity server is not started for these tests).
 */
@SpringBootTest(classes = {CommandSideApplication.class, CommandSideTestBase.TrustTestTokens.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CommandSideApplication.CONFIG_NAME,
                // a Shopify shop whose webhooks the channel tests sign
                "oms.channels.accounts[0].channel=SHOPIFY", "oms.channels.accounts[0].name=test-shop",
                "oms.channels.accounts[0].webhook-secret=" + CommandSideTestBase.SHOPIFY_SECRET})
public abstract class CommandSideTestBase {

    protected static final String SHOPIFY_SECRET = "shopify-test-secret";

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

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        TestStack.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

}

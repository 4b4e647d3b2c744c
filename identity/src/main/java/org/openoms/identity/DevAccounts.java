package org.openoms.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * The accounts of the embedded default, made on first start when missing: one person per role (password
 * {@code oms.identity.dev-password}), the integration client for channels and the import tool, the tools
 * client for the benchmark (which also receives stock and rebuilds projections), and Swagger UI's public client. Off with {@code OMS_SEED_DEV_ACCOUNTS=false}.
 */
@Component
@ConditionalOnProperty(name = "oms.identity.seed-dev-accounts", havingValue = "true")
class DevAccounts implements ApplicationRunner {

    static final List<String> PEOPLE = List.of("agent:CUSTOMER_SERVICE", "warehouse:WAREHOUSE", "manager:MANAGER",
            "auditor:AUDITOR", "admin:ADMIN");

    private final RegisteredClientRepository clients;
    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwords;
    private final String devPassword;
    private final String integrationSecret;
    private final String toolsSecret;
    private final String monitoringSecret;
    private final List<String> apiOrigins;

    DevAccounts(RegisteredClientRepository clients, JdbcUserDetailsManager users, PasswordEncoder passwords,
                @Value("${oms.identity.dev-password}") String devPassword,
                @Value("${oms.identity.integration-secret}") String integrationSecret,
                @Value("${oms.identity.tools-secret}") String toolsSecret,
                @Value("${oms.identity.monitoring-secret}") String monitoringSecret,
                @Value("${oms.identity.api-origins}") List<String> apiOrigins) {
        this.clients = clients;
        this.users = users;
        this.passwords = passwords;
        this.devPassword = devPassword;
        this.integrationSecret = integrationSecret;
        this.toolsSecret = toolsSecret;
        this.monitoringSecret = monitoringSecret;
        this.apiOrigins = apiOrigins;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String person : PEOPLE) {
            String[] nameAndRole = person.split(":");
            if (!users.userExists(nameAndRole[0])) {
                users.createUser(User.withUsername(nameAndRole[0]).password(passwords.encode(devPassword))
                        .roles(nameAndRole[1]).build());
            }
        }
        system("oms-integration", integrationSecret, "INTEGRATION");
        system("oms-tools", toolsSecret, "INTEGRATION", "WAREHOUSE", "ADMIN", "AUDITOR");
        system("oms-monitoring", monitoringSecret, "MONITORING");
        if (clients.findByClientId("oms-swagger") == null) {
            RegisteredClient.Builder swagger = RegisteredClient.withId(UUID.randomUUID().toString()).clientId("oms-swagger")
                    .clientName("Swagger UI").clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(8)).build());
            apiOrigins.forEach(origin -> swagger.redirectUri(origin + "/swagger-ui/oauth2-redirect.html"));
            clients.save(swagger.build());
        }
    }

    private void system(String clientId, String secret, String... roles) {
        if (clients.findByClientId(clientId) != null) {
            return;
        }
        RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientName(clientId).clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build());
        for (String role : roles) {
            client.scope(role);
        }
        clients.save(client.build());
    }
}

package org.openoms.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Authorization Server with clients, authorizations, consents, users and signing keys in PostgreSQL.
 * Systems sign in with client credentials (their roles are their scopes); people sign in with a user name and
 * password through authorization code with PKCE (Swagger UI, later the console), their roles being their
 * authorities. Every access token carries {@code roles} and {@code name}, which the OMS reads, and the OMS's
 * audience, which it requires.
 */
@Configuration
public class IdentityServer {

    static final String ROLES_CLAIM = "roles";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Swagger UI of both applications calls the token endpoint from its own origin. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${oms.identity.api-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/**", cors);
        source.registerCorsConfiguration("/.well-known/**", cors);
        return source;
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The signing key from the database; the first start makes it, under a table lock, so instances starting
     * together still share one key (the encoder refuses to choose between two).
     */
    @Bean
    JWKSource<SecurityContext> signingKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        RSAKey key = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("LOCK TABLE signing_keys IN EXCLUSIVE MODE");
            List<RSAKey> stored = jdbc.query("SELECT jwk FROM signing_keys ORDER BY created_at DESC LIMIT 1",
                    (rs, n) -> parse(rs.getString(1)));
            if (!stored.isEmpty()) {
                return stored.get(0);
            }
            RSAKey created = newKey();
            jdbc.update("INSERT INTO signing_keys (kid, jwk) VALUES (?, ?)", created.getKeyID(), created.toJSONString());
            return created;
        });
        JWKSet keys = new JWKSet(key);
        return (selector, context) -> selector.select(keys);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key cannot be read", e);
        }
    }

    /**
     * Roles and a readable name on every access token: a system's roles are the scopes it was granted, a
     * person's are their authorities ({@code ROLE_X} gives X).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesAndName(@Value("${oms.identity.audience}") String audience) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            Set<String> roles;
            String name;
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                // the roles asked for, or, when the request names none, every role the client is registered with
                Set<String> scopes = context.getAuthorizedScopes().isEmpty()
                        ? context.getRegisteredClient().getScopes() : context.getAuthorizedScopes();
                roles = scopes.stream().filter(scope -> !scope.equals(OidcScopes.OPENID) && !scope.equals(OidcScopes.PROFILE))
                        .collect(Collectors.toSet());
                name = context.getRegisteredClient().getClientId();
            } else {
                roles = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                        .collect(Collectors.toSet());
                name = context.getPrincipal().getName();
            }
            context.getClaims().claim(ROLES_CLAIM, List.copyOf(roles)).claim("name", name)
                    .audience(List.of(audience, context.getRegisteredClient().getClientId()));
        };
    }
}

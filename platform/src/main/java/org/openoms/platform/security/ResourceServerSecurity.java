package org.openoms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.openoms.platform.web.ContainerErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Both applications are OAuth2 resource servers: every request but health and the API documents carries a
 * bearer token (JWT) from the issuer named by {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (the embedded identity server, or Keycloak, Entra ID, Auth0...), and {@link AccessRules} says which roles
 * may call what. Refusals are problem+json: 401 without a valid token, 403 with the wrong role.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication
public class ResourceServerSecurity {

    /** Whichever decoder checks tokens (the issuer's, or a test's) remembers the ones it has verified. */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, clock.getIfAvailable(Clock::systemUTC)) : bean;
            }
        };
    }

    /** The claim that carries the roles; the embedded identity server writes it, an external one is set up to. */
    public static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(AccessRules.OPEN.toArray(String[]::new)).permitAll();
                    for (AccessRules.Signed signed : AccessRules.SIGNED) {
                        requests.requestMatchers(signed.method(), signed.path()).permitAll();
                    }
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        String[] roles = rule.roles().stream().map(Role::name).toArray(String[]::new);
                        requests.requestMatchers(rule.method(), rule.path()).hasAnyRole(roles);
                        if (rule.method() == HttpMethod.GET) {
                            // MVC answers HEAD with the GET handler: the same people may ask
                            requests.requestMatchers(HttpMethod.HEAD, rule.path()).hasAnyRole(roles);
                        }
                    }
                    // any other path is no endpoint (404) or not this method (405); the role x endpoint test
                    // fails for an endpoint in the API documents that has no rule
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint(ResourceServerSecurity::unauthorized)
                        .accessDeniedHandler(ResourceServerSecurity::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ResourceServerSecurity::unauthorized)
                        .accessDeniedHandler(ResourceServerSecurity::forbidden));
        return http.build();
    }

    /**
     * Lets an encoded slash or percent and the TRACE method through to the application, which answers them as
     * problems (400 naming the id, 405) like every other bad request, instead of the firewall's bare refusal.
     */
    @Bean
    WebSecurityCustomizer lenientFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowedHttpMethods(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"));
        return web -> web.httpFirewall(firewall);
    }

    static JwtAuthenticationConverter rolesFromToken() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ResourceServerSecurity::roles);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return roles == null ? List.of() : roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problem(response, 401, "a valid bearer token is required: " + reason(e.getMessage()));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problem(response, 403, "your roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    /** Token errors say what was wrong (expired, wrong issuer, bad signature), never echo the token. */
    private static String reason(String message) {
        if (message == null) {
            return "none was given";
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ContainerErrors.write(response, ContainerErrors.problem(status, detail));
    }
}

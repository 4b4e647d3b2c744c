package org.openoms.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The API documents name the sign-in every operation needs: OpenID Connect discovery at the issuer, so
 * Swagger UI's Authorize button signs a person in (authorization code with PKCE) with the embedded identity
 * server or an external one alike.
 */
@AutoConfiguration
@ConditionalOnWebApplication
public class ApiDocumentation {

    private static final String SCHEME = "oms";

    @Bean
    OpenAPI signInForEveryOperation(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                        .description("Sign in with the OMS's identity server; the token's roles decide what you may call")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}

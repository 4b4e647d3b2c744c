package org.openoms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives both applications the same strict request reading and problem+json error responses, from Spring
 * MVC and from the servlet container alike (before Boot's own error controller, which would answer HTML).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication
@Import({ProblemResponses.class, TraceInProblems.class, StrictJson.class, ContainerErrors.ProblemErrorController.class})
public class WebAutoConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorsFromTomcat() {
        return ContainerErrors.tomcatCustomizer();
    }

    /** TRACE is answered 405 problem+json before anything else sees it: never the servlet's echo of the request. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noTrace() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"TRACE".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                ContainerErrors.write(response, ContainerErrors.problem(405));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}

package org.openoms.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.openoms.platform.web.Actor;
import org.openoms.platform.web.Traces;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One trace from the HTTP request through its command, the events it appends and every handler that takes
 * them, on whichever instance: Axon's spans are made by Spring Boot's OpenTelemetry SDK (so they share its
 * sampler, its exporter and the trace id in the logs), and travel inside each message's metadata as W3C
 * {@code traceparent}. The logging context carries who and what each line is about.
 */
@AutoConfiguration(before = {AxonTracingAutoConfiguration.class,
        org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration.class},
        afterName = "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration")
public class ObservabilityAutoConfiguration {

    /** With {@code management.tracing.enabled=false} Axon makes no spans at all (the benchmark's "off"). */
    @Bean
    SpanFactory spanFactory(ObjectProvider<OpenTelemetry> openTelemetry,
                            @Value("${management.tracing.enabled:true}") boolean tracing) {
        OpenTelemetry sdk = openTelemetry.getIfAvailable();
        if (!tracing || sdk == null) {
            return NoOpSpanFactory.INSTANCE;
        }
        return OpenTelemetrySpanFactory.builder()
                .tracer(sdk.getTracer("org.axonframework"))
                .contextPropagators(sdk.getPropagators().getTextMapPropagator())
                .build();
    }

    @Autowired
    void logContextOfEvents(EventProcessingConfigurer configurer) {
        configurer.registerDefaultHandlerInterceptor((configuration, processor) -> new LogContext(processor));
    }

    /** Every answer names its trace, 401 and 403 included: runs inside the HTTP observation, before security. */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<OncePerRequestFilter> traceIdHeader() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Traces.currentTraceId().ifPresent(id -> response.setHeader(Traces.TRACE_ID_HEADER, id));
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Every log line of a request names its caller: after Spring Security, which has verified the caller by then. */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<OncePerRequestFilter> callerInLogs() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
                    chain.doFilter(request, response);
                    return;
                }
                MDC.put(LogContext.ACTOR, Actor.current().name());
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(LogContext.ACTOR);
                }
            }
        });
        registration.setOrder(0);
        return registration;
    }
}

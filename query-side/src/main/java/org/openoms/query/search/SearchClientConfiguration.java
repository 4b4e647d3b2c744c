package org.openoms.query.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.instrumentation.OpenTelemetryForElasticsearch;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's Elasticsearch transport, with every request timed and traced ({@link TimedSearchRequests}). */
@Configuration
class SearchClientConfiguration {

    /** Search bodies hold what agents typed about customers: spans name the endpoint, never the query. */
    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient, JsonpMapper mapper,
                                                  ObjectProvider<RestClientOptions> options, MeterRegistry registry,
                                                  ObjectProvider<OpenTelemetry> openTelemetry,
                                                  @Value("${management.tracing.enabled:true}") boolean tracing) {
        OpenTelemetry sdk = tracing ? openTelemetry.getIfAvailable(OpenTelemetry::noop) : OpenTelemetry.noop();
        return new RestClientTransport(restClient, mapper, options.getIfAvailable(),
                new TimedSearchRequests(registry, new OpenTelemetryForElasticsearch(sdk, false)));
    }
}

package org.openoms.query.search;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every request of the Elasticsearch client by its API endpoint ({@code search}, {@code bulk}, ...) and
 * outcome, and passes each request on to the client's OpenTelemetry instrumentation, so a search request is
 * a span of the trace that made it.
 */
final class TimedSearchRequests implements Instrumentation {

    private final MeterRegistry registry;
    private final Instrumentation tracing;

    TimedSearchRequests(MeterRegistry registry, Instrumentation tracing) {
        this.registry = registry;
        this.tracing = tracing;
    }

    @Override
    public <R> Context newContext(R request, Endpoint<R, ?, ?> endpoint) {
        // the client names its endpoints "es/search", "es/bulk": the API's own names are enough
        return new Timed(endpoint.id().replaceFirst("^es/", ""), Timer.start(registry),
                tracing.newContext(request, endpoint));
    }

    private final class Timed implements Context {

        private final String endpoint;
        private final Timer.Sample sample;
        private final Context traced;
        private String outcome = "UNKNOWN";

        Timed(String endpoint, Timer.Sample sample, Context traced) {
            this.endpoint = endpoint;
            this.sample = sample;
            this.traced = traced;
        }

        @Override
        public ThreadScope makeCurrent() {
            return traced.makeCurrent();
        }

        @Override
        public void beforeSendingHttpRequest(TransportHttpClient.Request request, TransportOptions options) {
            traced.beforeSendingHttpRequest(request, options);
        }

        @Override
        public void afterReceivingHttpResponse(TransportHttpClient.Response response) {
            int status = response.statusCode();
            outcome = status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS";
            traced.afterReceivingHttpResponse(response);
        }

        @Override
        public <T> void afterDecodingApiResponse(T response) {
            traced.afterDecodingApiResponse(response);
        }

        @Override
        public void recordException(Throwable failure) {
            if (outcome.equals("UNKNOWN") || outcome.equals("SUCCESS")) {
                outcome = "ERROR";
            }
            traced.recordException(failure);
        }

        @Override
        public void close() {
            sample.stop(Timer.builder("elasticsearch.client.requests")
                    .description("requests of the Elasticsearch client, by API endpoint and outcome")
                    .tags("endpoint", endpoint, "outcome", outcome)
                    .register(registry));
            traced.close();
        }
    }
}

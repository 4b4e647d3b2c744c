package org.openoms.query.admin;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search server, asked with a short deadline of its own: a frozen server makes the query side
 * DEGRADED (order and message search unavailable, everything else answers) within the deadline, instead
 * of holding the probe for the client's socket timeout.
 */
@Component("search")
public class SearchHealth implements HealthIndicator {

    private final RestClient client;
    private final Duration deadline;

    public SearchHealth(RestClient client, @Value("${oms.search.health-timeout:PT0.5S}") Duration deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    @Override
    public Health health() {
        CompletableFuture<Response> answer = new CompletableFuture<>();
        Request request = new Request("GET", "/_cluster/health");
        request.addParameter("timeout", deadline.toMillis() + "ms");
        Cancellable call = client.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                answer.complete(response);
            }

            @Override
            public void onFailure(Exception exception) {
                answer.completeExceptionally(exception);
            }
        });
        try {
            Response response = answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("cluster", response.getStatusLine().getStatusCode()).build();
        } catch (TimeoutException e) {
            call.cancel();
            return Health.status(ProjectionsHealth.DEGRADED)
                    .withDetail("reason", "the search server did not answer within " + deadline.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.status(ProjectionsHealth.DEGRADED)
                    .withDetail("reason", "the search server is unavailable: " + e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile queries against the query side, with Elasticsearch behind it: each is a 400 problem+json naming
 * the parameter, never a 500 and never the container's own page.
 */
class QueryBadInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningOms oms = RunningOms.get();

    static Stream<Arguments> hostileQueries() {
        return Stream.of(
                bad("NUL in the customer filter", "/api/orders?customer=Ada%00", "customer"),
                bad("NUL in the SKU filter", "/api/orders?sku=A%00B", "sku"),
                bad("page that overflows page × size", "/api/orders?page=2147483647&size=100", "page"),
                bad("negative page", "/api/orders?page=-1", "page"),
                bad("page size of 0", "/api/orders?size=0", "size"),
                bad("placed-from in the year 100000", "/api/orders?placedFrom=%2B100000-01-01T00:00:00Z", "placedFrom"),
                bad("order search past the 10,000-hit window", "/api/orders/search?q=ada&page=1000&size=100", "page"),
                bad("order search page that overflows", "/api/orders/search?q=ada&page=2147483647", "page"),
                bad("order search of 10,000 characters", "/api/orders/search?q=" + "q".repeat(10_000), null),
                bad("NUL in an order search", "/api/orders/search?q=a%00b", "q"),
                bad("order id of 5,000 characters", "/api/orders/" + "o".repeat(5_000), null),
                bad("NUL in an order id", "/api/orders/a%00b", null),
                bad("encoded slash in an order id", "/api/orders/a%2Fb/timeline", "orderId"),
                bad("message search past the 10,000-hit window", "/api/messages/search?q=parcel&page=1000&size=100", "page"),
                bad("NUL in the message order filter", "/api/messages/search?q=parcel&orderId=%00", "orderId"),
                bad("message search in the year 100000", "/api/messages/search?q=parcel&from=%2B100000-01-01T00:00:00Z",
                        "from"),
                bad("NUL in the stock SKU", "/api/stock?sku=%00", "sku"),
                bad("NUL in the despatch location", "/api/despatch-queue?location=%00", "location"),
                bad("unknown light", "/api/despatch-queue?light=PURPLE", "light"),
                bad("report date that is not a date", "/api/reports/sales-by-channel?from=yesterday", "from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileQueries")
    void isABadRequestProblemNamingTheParameter(String name, String pathAndQuery, String field) throws Exception {
        var response = oms.query(pathAndQuery);
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(name)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asText()).as(name).isEqualTo("urn:oms:problem:invalid-request");
        assertThat(problem.path("detail").asText()).as(name).isNotBlank()
                .doesNotContainPattern("(org|java|javax|jakarta|com)\\.[a-z]+\\.|Exception|\\.java\\b|\\bat \\w+\\.");
        if (field != null) {
            assertThat(problem.path("errors").path(0).path("field").asText()).as(name + ": " + problem).isEqualTo(field);
        }
    }

    private static Arguments bad(String name, String pathAndQuery, String field) {
        return Arguments.of(name, pathAndQuery, field);
    }
}

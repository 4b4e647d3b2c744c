package org.openoms.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Every malformed request is refused with a 4xx problem naming the field, and nothing is written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends CommandSideTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KNOWN_SKU = "BAD-INPUT-SKU";
    private String cancelledOrderId;

    @BeforeAll
    void aKnownSkuAndACancelledOrder() {
        send(HttpMethod.POST, "/api/stock/MAIN/" + KNOWN_SKU + "/receipts", "{\"quantity\": 5}", "json");
        var placed = http.exchange("/api/orders", HttpMethod.POST, entity(order(o -> { }).toString(), "json"),
                java.util.Map.class);
        assertThat(placed.getStatusCode().value()).isEqualTo(201);
        cancelledOrderId = (String) placed.getBody().get("orderId");
        send(HttpMethod.POST, "/api/orders/" + cancelledOrderId + "/cancel", "{\"reason\": \"test\"}", "json");
        // the fulfilment process reserves and then releases the line; wait until it has settled
        await().atMost(Duration.ofSeconds(20)).until(() -> count("StockReservationReleased") == 1);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("malformed JSON", "/api/orders", "{\"channel\": ", 400, "body"),
                bad("an array instead of an order", "/api/orders", "[]", 400, "body"),
                bad("missing channel", "/api/orders", order(o -> o.remove("channel")), 400, "channel"),
                bad("unknown channel", "/api/orders", order(o -> o.put("channel", "FAX")), 400, "channel"),
                bad("missing customer", "/api/orders", order(o -> o.remove("customer")), 400, "customer"),
                bad("blank customer name", "/api/orders",
                        order(o -> ((ObjectNode) o.get("customer")).put("name", " ")), 400, "customer"),
                bad("invalid email", "/api/orders",
                        order(o -> ((ObjectNode) o.get("customer")).put("email", "not-an-email")), 400, "customer"),
                bad("missing billing address", "/api/orders", order(o -> o.remove("billingAddress")), 400,
                        "billingAddress"),
                bad("three-letter country", "/api/orders",
                        order(o -> ((ObjectNode) o.get("shippingAddress")).put("countryCode", "GBR")), 400,
                        "shippingAddress"),
                bad("no lines", "/api/orders", order(o -> o.putArray("lines")), 400, "lines"),
                bad("missing quantity", "/api/orders", order(o -> line(o).remove("quantity")), 400,
                        "lines[0].quantity"),
                bad("zero quantity", "/api/orders", order(o -> line(o).put("quantity", 0)), 400, "lines[0]"),
                bad("negative quantity", "/api/orders", order(o -> line(o).put("quantity", -3)), 400, "lines[0]"),
                bad("quantity that is not a number", "/api/orders", order(o -> line(o).put("quantity", "three")), 400,
                        "lines[0].quantity"),
                bad("negative unit price", "/api/orders",
                        order(o -> ((ObjectNode) line(o).get("unitPrice")).put("amount", "-1.00")), 400, "lines[0]"),
                bad("line priced in another currency", "/api/orders",
                        order(o -> ((ObjectNode) line(o).get("unitPrice")).put("currency", "USD")), 400, "order"),
                bad("shipping in another currency", "/api/orders",
                        order(o -> ((ObjectNode) o.get("shippingCharge")).put("currency", "EUR")), 400, "order"),
                bad("unknown currency code", "/api/orders", order(o -> o.put("currency", "XYZ")), 400, "currency"),
                bad("unknown SKU", "/api/orders", order(o -> line(o).put("sku", "NO-SUCH-SKU")), 422,
                        "lines[0].sku"),
                bad("deadline that is not a date", "/api/orders", order(o -> o.put("despatchDeadline", "tomorrow")),
                        400, "despatchDeadline"),
                bad("delivery before despatch", "/api/orders",
                        order(o -> o.put("deliveryDeadline", "2026-01-01T00:00:00Z")), 400, "order"),
                bad("discount larger than the order", "/api/orders", order(o -> o.withArray("adjustments")
                        .addObject().put("kind", "DISCOUNT").put("description", "too much")
                        .putObject("amount").put("amount", "1000").put("currency", "GBP")), 400, "order"),
                bad("order id with spaces", "/api/orders", order(o -> o.put("orderId", "bad id")), 400, "orderId"),
                bad("cancel without a reason", "/api/orders/any-order/cancel", "{}", 400, "body"),
                bad("cancel an unknown order", "/api/orders/no-such-order/cancel", "{\"reason\": \"x\"}", 404, null),
                bad("receipt of a negative quantity", "/api/stock/MAIN/" + KNOWN_SKU + "/receipts",
                        "{\"quantity\": -5}", 400, "body"),
                bad("adjustment by zero", "/api/stock/MAIN/" + KNOWN_SKU + "/adjustments",
                        "{\"delta\": 0, \"reason\": \"count\"}", 400, "body"),
                bad("adjustment without a reason", "/api/stock/MAIN/" + KNOWN_SKU + "/adjustments",
                        "{\"delta\": 2}", 400, "body"),
                bad("adjustment of stock never received", "/api/stock/MAIN/NEVER-SEEN/adjustments",
                        "{\"delta\": 2, \"reason\": \"found\"}", 404, null),
                bad("adjustment below what is reserved", "/api/stock/MAIN/" + KNOWN_SKU + "/adjustments",
                        "{\"delta\": -6, \"reason\": \"lost\"}", 409, null),
                bad("location with a slash-like character", "/api/stock/MA%20IN/" + KNOWN_SKU + "/receipts",
                        "{\"quantity\": 1}", 400, "path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndWritesNothing(String name, String path, String body, int status, String field)
            throws Exception {
        long before = eventCount();
        var response = send(HttpMethod.POST, path, body, "json");
        assertThat(response.getStatusCode().value()).as(name).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(name)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var problem = JSON.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as(name).isNotBlank();
        if (field != null) {
            assertThat(problem.path("errors").path(0).path("field").asText()).as(name).isEqualTo(field);
        }
        assertThat(eventCount()).as("events after " + name).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void cancellingACancelledOrderIsAConflictAndWritesNothing() throws Exception {
        long before = eventCount();
        var response = send(HttpMethod.POST, "/api/orders/" + cancelledOrderId + "/cancel", "{\"reason\": \"again\"}",
                "json");
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(response.getBody()).path("type").asText())
                .isEqualTo("urn:oms:problem:order-already-cancelled");
        assertThat(eventCount()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aBodyThatIsNotJsonIsUnsupported() {
        long before = eventCount();
        var response = send(HttpMethod.POST, "/api/orders", "channel=PHONE", "text");
        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Arguments bad(String name, String path, Object body, int status, String field) {
        return Arguments.of(name, path, body.toString(), status, field);
    }

    private static ObjectNode line(ObjectNode order) {
        return (ObjectNode) order.get("lines").get(0);
    }

    static ObjectNode order(Consumer<ObjectNode> change) {
        ObjectNode order = JSON.createObjectNode();
        order.put("channel", "PHONE").put("channelOrderRef", "CALL-7");
        order.putObject("customer").put("name", "Ada Lovelace").put("email", "ada@example.com");
        for (String kind : new String[]{"billingAddress", "shippingAddress"}) {
            order.putObject(kind).put("name", "Ada Lovelace").put("line1", "12 St James's Square")
                    .put("city", "London").put("postalCode", "SW1Y 4JH").put("countryCode", "GB");
        }
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", KNOWN_SKU).put("description", "test item").put("quantity", 1)
                .putObject("unitPrice").put("amount", "2.55").put("currency", "GBP");
        order.putObject("shippingCharge").put("amount", "4.99").put("currency", "GBP");
        order.put("currency", "GBP").put("despatchDeadline", "2026-12-01T17:00:00Z")
                .put("deliveryDeadline", "2026-12-03T17:00:00Z");
        change.accept(order);
        return order;
    }

    private org.springframework.http.ResponseEntity<String> send(HttpMethod method, String path, String body,
                                                                 String type) {
        return http.exchange(path, method, entity(body, type), String.class);
    }

    private static HttpEntity<String> entity(String body, String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type.equals("json") ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN);
        headers.set("X-Actor", "bad-input-test");
        return new HttpEntity<>(body, headers);
    }

    private long count(String eventType) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type LIKE ?", Long.class,
                "%." + eventType);
        return count == null ? 0 : count;
    }
}

package org.openoms.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every malformed request is refused with a 4xx problem+json of a named type that names the field and shows
 * nothing of our internals, and nothing is written. One category of bad input per case source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends CommandSideTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a problem detail must never show: package names, exception or Java file names, signatures. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(org|java|javax|jakarta|com)\\.[a-z]+\\.|Exception|\\.java\\b|public |\\w\\(\\w+[ ,)]|\\bat \\w+\\.");
    private static final String KNOWN_SKU = "BAD-INPUT-SKU";
    private String cancelledOrderId;

    @LocalServerPort
    private int port;

    @BeforeAll
    void aKnownSkuAndACancelledOrder() {
        send(HttpMethod.POST, "/api/stock/MAIN/" + KNOWN_SKU + "/receipts", "{\"quantity\": 5}", "json");
        var placed = http.exchange("/api/orders", HttpMethod.POST, entity(order(o -> { }).toString(), "json"),
                java.util.Map.class);
        assertThat(placed.getStatusCode().value()).isEqualTo(201);
        cancelledOrderId = (String) placed.getBody().get("orderId");
        send(HttpMethod.POST, "/api/orders/" + cancelledOrderId + "/cancel", "{\"reason\": \"test\"}", "json");
        // the fulfilment process reserves and then releases the line; wait until it has settled
        await().atMost(Duration.ofSeconds(20)).until(() -> released(cancelledOrderId) == 1);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                shapes(), textCleanliness(), lengths(), numbers(), currenciesAndDates(), strictJson())
                .flatMap(cases -> cases);
    }

    private static Stream<Arguments> shapes() {
        return Stream.of(
                bad("malformed JSON", "/api/orders", "{\"channel\": ", 400, "body"),
                bad("an array instead of an order", "/api/orders", "[]", 400, "body"),
                bad("missing channel", "/api/orders", order(o -> o.remove("channel")), 400, "channel"),
                bad("unknown channel", "/api/orders", order(o -> o.put("channel", "FAX")), 400, "channel"),
                bad("missing customer", "/api/orders", order(o -> o.remove("customer")), 400, "customer"),
                bad("blank customer name", "/api/orders", order(o -> customer(o).put("name", " ")), 400, "customer.name"),
                bad("invalid email", "/api/orders", order(o -> customer(o).put("email", "not-an-email")), 400,
                        "customer"),
                bad("missing billing address", "/api/orders", order(o -> o.remove("billingAddress")), 400,
                        "billingAddress"),
                bad("three-letter country", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("countryCode", "GBR")), 400, "shippingAddress.countryCode"),
                bad("no lines", "/api/orders", order(o -> o.putArray("lines")), 400, "lines"),
                bad("501 lines, one more than the configured maximum", "/api/orders", order(o -> lines(o, 501)), 400,
                        "lines"),
                bad("10,000 lines", "/api/orders", order(o -> lines(o, 10_000)), 400, "lines"),
                bad("missing quantity", "/api/orders", order(o -> line(o).remove("quantity")), 400,
                        "lines[0].quantity"),
                bad("zero quantity", "/api/orders", order(o -> line(o).put("quantity", 0)), 400, "lines[0].quantity"),
                bad("negative quantity", "/api/orders", order(o -> line(o).put("quantity", -3)), 400, "lines[0].quantity"),
                bad("quantity that is not a number", "/api/orders", order(o -> line(o).put("quantity", "three")), 400,
                        "lines[0].quantity"),
                bad("negative unit price", "/api/orders", order(o -> price(o).put("amount", "-1.00")), 400,
                        "lines[0]"),
                bad("line priced in another currency", "/api/orders", order(o -> price(o).put("currency", "USD")),
                        400, "order"),
                bad("shipping in another currency", "/api/orders",
                        order(o -> ((ObjectNode) o.get("shippingCharge")).put("currency", "EUR")), 400, "order"),
                rule("unknown SKU", "/api/orders", order(o -> line(o).put("sku", "NO-SUCH-SKU")), 422, "unknown-sku",
                        "lines[0].sku"),
                bad("an unknown SKU with a fractional quantity is a 400: the request is validated first", "/api/orders",
                        order(o -> line(o).put("sku", "NO-SUCH-SKU").put("quantity", 1.5)), 400, "lines[0].quantity"),
                bad("deadline that is not a date", "/api/orders", order(o -> o.put("despatchDeadline", "tomorrow")),
                        400, "despatchDeadline"),
                bad("delivery before despatch", "/api/orders",
                        order(o -> o.put("deliveryDeadline", "2026-01-01T00:00:00Z")), 400, "order"),
                bad("discount larger than the order", "/api/orders", order(o -> adjustment(o, "DISCOUNT", "1000")),
                        400, "order"),
                bad("order id with spaces", "/api/orders", order(o -> o.put("orderId", "bad id")), 400, "orderId"),
                bad("cancel without a reason", "/api/orders/any-order/cancel", "{}", 400, "reason"),
                rule("cancel an unknown order", "/api/orders/no-such-order/cancel", "{\"reason\": \"x\"}", 404,
                        "not-found", null),
                bad("receipt of a negative quantity", receipt(), "{\"quantity\": -5}", 400, "quantity"),
                bad("adjustment by zero", adjustment(), "{\"delta\": 0, \"reason\": \"count\"}", 400, "body"),
                bad("adjustment without a reason", adjustment(), "{\"delta\": 2}", 400, "reason"),
                rule("adjustment of stock never received", "/api/stock/MAIN/NEVER-SEEN/adjustments",
                        "{\"delta\": 2, \"reason\": \"found\"}", 404, "not-found", null),
                rule("adjustment below what is reserved", adjustment(), "{\"delta\": -6, \"reason\": \"lost\"}", 409,
                        "adjustment-below-reserved", null),
                bad("location with a space", "/api/stock/MA%20IN/" + KNOWN_SKU + "/receipts", "{\"quantity\": 1}",
                        400, "path"),
                bad("return without lines", "/api/returns", "{\"orderId\": \"o-1\", \"lines\": [], "
                        + "\"reason\": \"DAMAGED\", \"channel\": \"EMAIL\"}", 400, "lines"));
    }

    private static Stream<Arguments> textCleanliness() {
        return Stream.of(
                bad("NUL in the customer name", "/api/orders", order(o -> customer(o).put("name", "Ada\u0000")), 400,
                        "customer.name"),
                bad("escape sequence in the customer name", "/api/orders",
                        order(o -> customer(o).put("name", "Ada\u001b[2J")), 400, "customer.name"),
                bad("line break in the customer name", "/api/orders",
                        order(o -> customer(o).put("name", "Ada\nLovelace")), 400, "customer.name"),
                bad("control character in the email", "/api/orders",
                        order(o -> customer(o).put("email", "ada\u0007@example.com")), 400, "customer.email"),
                bad("NUL in the phone", "/api/orders", order(o -> customer(o).put("phone", "+44\u00002")), 400,
                        "customer.phone"),
                bad("NUL in the address name", "/api/orders",
                        order(o -> address(o, "billingAddress").put("name", "A\u0000")), 400, "billingAddress.name"),
                bad("line break in address line 1", "/api/orders",
                        order(o -> address(o, "billingAddress").put("line1", "12\nSquare")), 400, "billingAddress.line1"),
                bad("tab in address line 2", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("line2", "Flat\t2")), 400, "shippingAddress.line2"),
                bad("DEL in the city", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("city", "Lon\u007fdon")), 400, "shippingAddress.city"),
                bad("C1 control in the region", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("region", "Kent\u0085")), 400, "shippingAddress.region"),
                bad("NUL in the postal code", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("postalCode", "SW1\u0000")), 400,
                        "shippingAddress.postalCode"),
                bad("NUL in the country code", "/api/orders",
                        order(o -> address(o, "shippingAddress").put("countryCode", "G\u0000")), 400, "shippingAddress.countryCode"),
                bad("NUL in the channel reference", "/api/orders", order(o -> o.put("channelOrderRef", "C\u0000")),
                        400, "channelOrderRef"),
                bad("NUL in a SKU", "/api/orders", order(o -> line(o).put("sku", "BAD\u0000SKU")), 400,
                        "lines[0].sku"),
                bad("NUL in a line description", "/api/orders", order(o -> line(o).put("description", "mug\u0000")),
                        400, "lines[0].description"),
                bad("NUL in an adjustment description", "/api/orders",
                        order(o -> adjustment(o, "SURCHARGE", "1.00").put("description", "wrap\u0000")), 400,
                        "adjustments[0].description"),
                bad("NUL in the order id", "/api/orders", order(o -> o.put("orderId", "o\u0000")), 400, "orderId"),
                bad("NUL in a history source", "/api/orders", order(o -> o.putObject("history")
                        .put("occurredAt", "2011-01-01T00:00:00Z").put("source", "csv\u0000")), 400, "history.source"),
                bad("NUL in a cancel reason", "/api/orders/any-order/cancel", "{\"reason\": \"x\\u0000\"}", 400,
                        "reason"),
                bad("line break in a carrier", "/api/orders/any-order/despatch",
                        "{\"carrier\": \"DPD\\n\", \"trackingNumber\": \"1\"}", 400, "carrier"),
                bad("NUL in a tracking number", "/api/orders/any-order/despatch",
                        "{\"carrier\": \"DPD\", \"trackingNumber\": \"1\\u0000\"}", 400, "trackingNumber"),
                bad("NUL in a message body", messages(), message(m -> m.put("body", "hello\u0000")), 400, "body"),
                bad("escape sequence in a message body", messages(), message(m -> m.put("body", "hi\u001b[31m")), 400,
                        "body"),
                bad("line break in a message subject", messages(), message(m -> m.put("subject", "a\nb")), 400,
                        "subject"),
                bad("NUL in a message sender", messages(), message(m -> m.put("sender", "ada\u0000")), 400, "sender"),
                bad("NUL in a message id", messages(), message(m -> m.put("messageId", "m\u0000")), 400, "messageId"),
                bad("NUL in a note", "/api/orders/any-order/notes", "{\"text\": \"a\\u0000b\"}", 400, "text"),
                bad("form feed in a note", "/api/orders/any-order/notes", "{\"text\": \"a\\fb\"}", 400, "text"),
                bad("NUL in a receipt reference", receipt(), "{\"quantity\": 1, \"reference\": \"PO\\u0000\"}", 400,
                        "reference"),
                bad("NUL in an adjustment reason", adjustment(), "{\"delta\": 1, \"reason\": \"c\\u0000\"}", 400,
                        "reason"),
                bad("NUL in a return note", "/api/returns", returnRequest("\"note\": \"x\\u0000\""), 400, "note"));
    }

    private static Stream<Arguments> lengths() {
        return Stream.of(
                bad("customer name of 201 characters", "/api/orders",
                        order(o -> customer(o).put("name", "A".repeat(201))), 400, "customer.name"),
                bad("email of 255 characters", "/api/orders",
                        order(o -> customer(o).put("email", "a".repeat(243) + "@example.com")), 400, "customer.email"),
                bad("address line of 201 characters", "/api/orders",
                        order(o -> address(o, "billingAddress").put("line1", "1".repeat(201))), 400, "billingAddress.line1"),
                bad("postal code of 21 characters", "/api/orders",
                        order(o -> address(o, "billingAddress").put("postalCode", "P".repeat(21))), 400,
                        "billingAddress.postalCode"),
                bad("SKU of 65 characters", "/api/orders", order(o -> line(o).put("sku", "S".repeat(65))), 400,
                        "lines[0].sku"),
                bad("description of 501 characters", "/api/orders",
                        order(o -> line(o).put("description", "d".repeat(501))), 400, "lines[0].description"),
                bad("order id of 5,000 characters", "/api/orders", order(o -> o.put("orderId", "o".repeat(5000))), 400,
                        "orderId"),
                bad("channel reference of 101 characters", "/api/orders",
                        order(o -> o.put("channelOrderRef", "R".repeat(101))), 400, "channelOrderRef"),
                bad("cancel reason of 501 characters", "/api/orders/any-order/cancel",
                        "{\"reason\": \"" + "r".repeat(501) + "\"}", 400, "reason"),
                bad("note of 10,001 characters", "/api/orders/any-order/notes",
                        "{\"text\": \"" + "n".repeat(10_001) + "\"}", 400, "text"),
                bad("message subject of 501 characters", messages(), message(m -> m.put("subject", "s".repeat(501))),
                        400, "subject"),
                bad("receipt reference of 101 characters", receipt(),
                        "{\"quantity\": 1, \"reference\": \"" + "p".repeat(101) + "\"}", 400, "reference"));
    }

    private static Stream<Arguments> numbers() {
        return Stream.of(
                bad("fractional quantity", "/api/orders", order(o -> line(o).put("quantity", 1.5)), 400,
                        "lines[0].quantity"),
                bad("quantity with an exponent", "/api/orders", order(o -> line(o).put("quantity", 1e3)), 400,
                        "lines[0].quantity"),
                bad("quantity beyond int", "/api/orders",
                        order(o -> line(o).put("quantity", new BigInteger("2147483648"))), 400, "lines[0].quantity"),
                bad("quantity of 2,147,483,647", "/api/orders", order(o -> line(o).put("quantity", Integer.MAX_VALUE)),
                        400, "lines[0].quantity"),
                bad("quantity one above the line maximum", "/api/orders",
                        order(o -> line(o).put("quantity", 1_000_001)), 400, "lines[0].quantity"),
                bad("unit price of 1e400", "/api/orders", order(o -> price(o).put("amount", "1e400")), 400,
                        "lines[0].unitPrice.amount"),
                bad("unit price of 1e400 as a JSON number", "/api/orders",
                        order(o -> price(o).put("amount", new BigDecimal("1e400"))), 400, "lines[0].unitPrice.amount"),
                bad("2147483647 units at 99999999999999999999", "/api/orders", order(o -> {
                    line(o).put("quantity", Integer.MAX_VALUE);
                    price(o).put("amount", "99999999999999999999");
                }), 400, "lines[0].unitPrice.amount"),
                bad("unit price finer than the price precision", "/api/orders",
                        order(o -> price(o).put("amount", "0.00001")), 400, "lines[0].unitPrice.amount"),
                bad("unit price above the line maximum", "/api/orders",
                        order(o -> price(o).put("amount", "1000000.01")), 400, "lines[0]"),
                bad("order total above the maximum", "/api/orders", order(o -> {
                    line(o).put("quantity", 1_000_000);
                    price(o).put("amount", "1000000");
                    adjustment(o, "SURCHARGE", "0.01");
                }), 400, "order"),
                bad("shipping charge of 1e7", "/api/orders",
                        order(o -> ((ObjectNode) o.get("shippingCharge")).put("amount", "1e7")), 400, "order"),
                bad("surcharge of 1e13", "/api/orders", order(o -> adjustment(o, "SURCHARGE", "1e13")), 400,
                        "adjustments[0].amount.amount"),
                bad("receipt of 1.5 units", receipt(), "{\"quantity\": 1.5}", 400, "quantity"),
                bad("receipt of 2,147,483,647 units", receipt(), "{\"quantity\": 2147483647}", 400, "quantity"),
                bad("receipt beyond int", receipt(), "{\"quantity\": 99999999999}", 400, "quantity"),
                rule("receipt that would pass the on-hand bound", receipt(), "{\"quantity\": 1000000000}", 422,
                        "stock-bound-exceeded", null),
                rule("adjustment that would pass the on-hand bound", adjustment(),
                        "{\"delta\": 999999999, \"reason\": \"found\"}", 422, "stock-bound-exceeded", null),
                bad("adjustment below the movement bound", adjustment(),
                        "{\"delta\": -2147483648, \"reason\": \"lost\"}", 400, "body"),
                bad("fractional adjustment", adjustment(), "{\"delta\": 2.5, \"reason\": \"count\"}", 400, "delta"),
                bad("return of 1.5 units", "/api/returns", "{\"orderId\": \"o-1\", \"lines\": [{\"lineNumber\": 1, "
                        + "\"quantity\": 1.5}], \"reason\": \"DAMAGED\", \"channel\": \"EMAIL\"}", 400,
                        "lines[0].quantity"),
                bad("return of 2,147,483,647 units", "/api/returns", "{\"orderId\": \"o-1\", \"lines\": [{\"lineNumber\""
                        + ": 1, \"quantity\": 2147483647}], \"reason\": \"DAMAGED\", \"channel\": \"EMAIL\"}", 400,
                        "lines[0].quantity"),
                bad("restocking fee finer than a hundredth", "/api/returns/RMA-1/receive",
                        receiveReturn("\"restockingFeePercent\": 10.001"), 400, "body"),
                bad("return postage of 1e400", "/api/returns/RMA-1/receive",
                        receiveReturn("\"returnShippingFee\": {\"amount\": \"1e400\", \"currency\": \"GBP\"}"), 400,
                        "returnShippingFee.amount"));
    }

    private static Stream<Arguments> currenciesAndDates() {
        return Stream.of(
                bad("unknown currency code", "/api/orders", order(o -> o.put("currency", "XYZ")), 400, "currency"),
                bad("currency XXX", "/api/orders", order(o -> o.put("currency", "XXX")), 400, "currency"),
                bad("currency XTS", "/api/orders", order(o -> o.put("currency", "XTS")), 400, "currency"),
                bad("currency of gold", "/api/orders", order(o -> o.put("currency", "XAU")), 400, "currency"),
                bad("NUL in the currency", "/api/orders", order(o -> o.put("currency", "GB\u0000")), 400, "currency"),
                bad("unit price in XXX", "/api/orders", order(o -> price(o).put("currency", "XXX")), 400,
                        "lines[0].unitPrice.currency"),
                bad("shipping in XTS", "/api/orders",
                        order(o -> ((ObjectNode) o.get("shippingCharge")).put("currency", "XTS")), 400,
                        "shippingCharge.currency"),
                bad("return postage in XXX", "/api/returns/RMA-1/receive",
                        receiveReturn("\"returnShippingFee\": {\"amount\": \"1\", \"currency\": \"XXX\"}"), 400,
                        "returnShippingFee.currency"),
                bad("despatch deadline in the year 100000", "/api/orders",
                        order(o -> o.put("despatchDeadline", "+100000-01-01T00:00:00Z")
                                .put("deliveryDeadline", "+100000-01-02T00:00:00Z")), 400, "despatchDeadline"),
                bad("delivery deadline in 2101", "/api/orders",
                        order(o -> o.put("deliveryDeadline", "2101-01-01T00:00:00Z")), 400, "deliveryDeadline"),
                bad("despatch deadline in 1999", "/api/orders",
                        order(o -> o.put("despatchDeadline", "1999-12-31T23:59:59Z")), 400, "despatchDeadline"),
                bad("deadline as a huge epoch number", "/api/orders",
                        order(o -> o.put("despatchDeadline", 1e20)), 400, "despatchDeadline"),
                bad("order from history in 1900", "/api/orders", order(o -> o.putObject("history")
                        .put("occurredAt", "1900-01-01T00:00:00Z").put("source", "csv")), 400, "history.occurredAt"),
                bad("message received in 1970", messages(),
                        message(m -> m.put("receivedAt", "1970-01-01T00:00:00Z")), 400, "receivedAt"));
    }

    private static Stream<Arguments> strictJson() {
        return Stream.of(
                bad("duplicate key at the top", "/api/orders",
                        "{\"channel\": \"PHONE\", " + order(o -> { }).toString().substring(1), 400, "channel"),
                bad("duplicate key in the customer", "/api/orders", order(o -> { }).toString()
                        .replace("\"name\":\"Ada Lovelace\",", "\"name\":\"Ada Lovelace\",\"name\":\"Eve\","), 400,
                        "customer.name"),
                bad("duplicate key in a receipt", receipt(), "{\"quantity\": 1, \"quantity\": 1000}", 400, "quantity"),
                bad("misspelt quantity", "/api/orders", order(o -> line(o).put("quantitiy", 3)), 400,
                        "lines[0].quantitiy"),
                bad("unknown field at the top", "/api/orders", order(o -> o.put("colour", "red")), 400, "colour"),
                bad("unknown field in an address", "/api/orders",
                        order(o -> address(o, "billingAddress").put("county", "Kent")), 400, "billingAddress.county"),
                bad("unknown field in a receipt", receipt(), "{\"quantity\": 1, \"qty\": 2}", 400, "qty"),
                bad("unknown field in a note", "/api/orders/any-order/notes", "{\"text\": \"a\", \"txt\": \"b\"}", 400,
                        "txt"),
                bad("channel given as a number", "/api/orders", order(o -> o.put("channel", 1)), 400, "channel"),
                bad("a second JSON document after the body", receipt(), "{\"quantity\": 1} {\"quantity\": 2}", 400,
                        "body"),
                bad("a string where the customer belongs", "/api/orders", order(o -> o.put("customer", "Ada")), 400,
                        "customer"),
                bad("an empty body", "/api/orders", "", 400, "body"),
                bad("the JSON null as the body", receipt(), "null", 400, "body"),
                bad("an array as a receipt", receipt(), "[1]", 400, "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndWritesNothing(String name, String path, String body, int status, String type,
                                               String field) throws Exception {
        long before = eventCount();
        var response = send(HttpMethod.POST, path, body, "json");
        assertProblem(name, response.getStatusCode().value(), response.getHeaders().getContentType(),
                response.getBody(), status, type, field);
        assertThat(eventCount()).as("events after " + name).isEqualTo(before);
    }

    /** Requests the servlet container itself answers, sent byte for byte so nothing re-encodes them. */
    static Stream<Arguments> rawRequests() {
        String json = "{\"reason\": \"x\"}";
        return Stream.of(
                raw("encoded slash in an order id", "POST /api/orders/a%2Fb/cancel", json, 400, "invalid-request",
                        "orderId"),
                raw("NUL in a path id", "POST /api/orders/a%00b/cancel", json, 400, "invalid-request", null),
                raw("NUL in a path SKU", "POST /api/stock/MAIN/A%00B/receipts", "{\"quantity\": 1}", 400,
                        "invalid-request", null),
                raw("escape character in a path SKU", "POST /api/stock/MAIN/A%1BB/receipts", "{\"quantity\": 1}", 400,
                        "invalid-request", null),
                raw("malformed percent escape", "POST /api/orders/%zz/cancel", json, 400, "invalid-request", null),
                raw("order id of 5,000 characters in the path", "POST /api/orders/" + "o".repeat(5000) + "/cancel",
                        json, 400, "invalid-request", "orderId"),
                raw("query of 10,000 characters", "POST /api/orders?q=" + "q".repeat(10_000), json, 400,
                        "invalid-request", null),
                raw("unsupported method on orders", "DELETE /api/orders", null, 405, "method-not-allowed", null),
                raw("unsupported method on receipts", "PUT " + receipt(), "{\"quantity\": 1}", 405,
                        "method-not-allowed", null),
                raw("TRACE", "TRACE /api/orders", null, 405, "method-not-allowed", null),
                raw("no such resource", "POST /api/no-such-thing", json, 404, "not-found", null),
                raw("a missing body", "POST /api/orders/any-order/cancel", "", 400, "invalid-request", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRequests")
    void containerLevelErrorsAreProblemsToo(String name, String requestLine, String body, int status, String type,
                                            String field) throws Exception {
        long before = eventCount();
        RawResponse response = sendRaw(requestLine, body);
        assertProblem(name, response.status(), response.contentType(), response.body(), status, type, field);
        assertThat(eventCount()).as("events after " + name).isEqualTo(before);
    }

    private static void assertProblem(String name, int actualStatus, MediaType contentType, String body, int status,
                                      String type, String field) throws Exception {
        assertThat(actualStatus).as(name + ": " + body).isEqualTo(status);
        assertThat(contentType).as(name).isNotNull();
        assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(name + ": " + contentType)
                .isTrue();
        var problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).as(name).isEqualTo(status);
        assertThat(problem.path("type").asText()).as(name).isEqualTo("urn:oms:problem:" + type);
        String detail = problem.path("detail").asText();
        assertThat(detail).as(name).isNotBlank().doesNotContainPattern(INTERNALS);
        if (field != null) {
            assertThat(problem.path("errors").path(0).path("field").asText()).as(name + ": " + detail)
                    .isEqualTo(field);
        }
    }

    @org.junit.jupiter.api.Test
    void headersOver8KbAreAProblemAndWriteNothing() throws Exception {
        long before = eventCount();
        RawResponse response = sendRaw("POST /api/orders/any-order/cancel", "X-Padding: " + "p".repeat(9_000) + "\r\n",
                "{\"reason\": \"x\"}");
        assertProblem("headers over 8 KB", response.status(), response.contentType(), response.body(), 400,
                "invalid-request", null);
        assertThat(eventCount()).isEqualTo(before);
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
    void aBodyThatIsNotJsonIsUnsupported() throws Exception {
        long before = eventCount();
        var response = send(HttpMethod.POST, "/api/orders", "channel=PHONE", "text");
        assertProblem("text body", response.getStatusCode().value(), response.getHeaders().getContentType(),
                response.getBody(), 415, "unsupported-media-type", null);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Arguments bad(String name, String path, Object body, int status, String field) {
        return rule(name, path, body, status, "invalid-request", field);
    }

    private static Arguments rule(String name, String path, Object body, int status, String type, String field) {
        return Arguments.of(name, path, body.toString(), status, type, field);
    }

    private static Arguments raw(String name, String requestLine, String body, int status, String type, String field) {
        return Arguments.of(name, requestLine, body, status, type, field);
    }

    private static String receipt() {
        return "/api/stock/MAIN/" + KNOWN_SKU + "/receipts";
    }

    private static String adjustment() {
        return "/api/stock/MAIN/" + KNOWN_SKU + "/adjustments";
    }

    private static String messages() {
        return "/api/orders/any-order/messages";
    }

    private static ObjectNode customer(ObjectNode order) {
        return (ObjectNode) order.get("customer");
    }

    private static ObjectNode address(ObjectNode order, String kind) {
        return (ObjectNode) order.get(kind);
    }

    private static ObjectNode price(ObjectNode order) {
        return (ObjectNode) line(order).get("unitPrice");
    }

    private static ObjectNode adjustment(ObjectNode order, String kind, String amount) {
        ObjectNode adjustment = order.withArray("adjustments").addObject().put("kind", kind).put("description", "by hand");
        adjustment.putObject("amount").put("amount", amount).put("currency", "GBP");
        return adjustment;
    }

    private static void lines(ObjectNode order, int count) {
        ArrayNode lines = order.putArray("lines");
        for (int i = 0; i < count; i++) {
            lines.addObject().put("sku", KNOWN_SKU).put("quantity", 1)
                    .putObject("unitPrice").put("amount", "1.00").put("currency", "GBP");
        }
    }

    private static ObjectNode message(Consumer<ObjectNode> change) {
        ObjectNode message = JSON.createObjectNode().put("messageId", "M-1").put("direction", "INBOUND")
                .put("channel", "EMAIL").put("sender", "ada@example.com").put("subject", "late").put("body", "where?");
        change.accept(message);
        return message;
    }

    private static String returnRequest(String extra) {
        return "{\"orderId\": \"o-1\", \"lines\": [{\"lineNumber\": 1, \"quantity\": 1}], \"reason\": \"DAMAGED\", "
                + "\"channel\": \"EMAIL\", " + extra + "}";
    }

    private static String receiveReturn(String extra) {
        return "{\"location\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"disposition\": \"BACK_TO_STOCK\"}], "
                + extra + "}";
    }

    record RawResponse(int status, MediaType contentType, String body) {
    }

    private RawResponse sendRaw(String requestLine, String body) throws Exception {
        return sendRaw(requestLine, "", body);
    }

    /** HTTP/1.0, so the answer is neither chunked nor kept alive. */
    private RawResponse sendRaw(String requestLine, String extraHeaders, String body) throws Exception {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = requestLine + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n" + extraHeaders
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            assertThat(split).as("a complete HTTP answer: " + answer).isPositive();
            String[] headers = answer.substring(0, split).split("\r\n");
            MediaType type = Stream.of(headers).filter(h -> h.toLowerCase().startsWith("content-type:"))
                    .map(h -> MediaType.parseMediaType(h.substring(h.indexOf(':') + 1).strip())).findFirst().orElse(null);
            return new RawResponse(Integer.parseInt(headers[0].split(" ")[1]), type, answer.substring(split + 4));
        }
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
        headers.setBearerAuth(TOKEN);
        return new HttpEntity<>(body, headers);
    }

}

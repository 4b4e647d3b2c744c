package org.openoms.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The OMS command API, as any channel adapter sees it. */
final class CommandApi {

    static final String SOURCE = "online-retail";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ClientToken token = new ClientToken("oms-integration", "integration-dev-secret");
    private final String baseUrl;

    CommandApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** 201 placed, 200 placed before (a re-run): both are success. */
    int placeOrder(ImportPlan.Order order) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("orderId", order.orderId()).put("channel", "WEB").put("channelOrderRef", order.invoiceNo());
        String name = order.customerId() == null ? "Guest customer" : "Customer " + order.customerId();
        body.putObject("customer").put("name", name);
        for (String kind : new String[]{"billingAddress", "shippingAddress"}) {
            body.putObject(kind).put("name", name).put("line1", "(not recorded)").put("city", "(not recorded)")
                    .put("countryCode", Countries.code(order.country()));
        }
        ArrayNode lines = body.putArray("lines");
        for (ImportPlan.Line line : order.lines()) {
            ObjectNode node = lines.addObject().put("sku", line.stockCode()).put("quantity", line.quantity());
            if (line.description() != null && !line.description().isBlank()) {
                node.put("description", line.description());
            }
            node.putObject("unitPrice").put("amount", line.unitPrice().toPlainString()).put("currency", "GBP");
        }
        body.put("currency", "GBP")
                .put("despatchDeadline", order.placedAt().plus(2, ChronoUnit.DAYS).toString())
                .put("deliveryDeadline", order.placedAt().plus(5, ChronoUnit.DAYS).toString());
        body.putObject("history").put("occurredAt", order.placedAt().toString()).put("source", SOURCE);
        return post("/api/orders", body, false);
    }

    /** 201 requested (or requested before). */
    int requestReturn(ImportPlan.Return toReturn) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("returnId", toReturn.returnId()).put("orderId", toReturn.order().orderId())
                .put("reason", "OTHER").put("channel", "WEB")
                .put("note", "cancellation invoice " + toReturn.cancellationInvoice());
        ArrayNode lines = body.putArray("lines");
        toReturn.lines().forEach(l -> lines.addObject().put("lineNumber", l.lineNumber()).put("quantity", l.quantity()));
        body.putObject("history").put("occurredAt", toReturn.occurredAt().toString()).put("source", SOURCE);
        return post("/api/returns", body, false);
    }

    /** 204 received; 409 received before (a re-run). */
    int receiveReturn(ImportPlan.Return toReturn) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("location", "MAIN").put("restockingFeePercent", 0);
        body.putObject("returnShippingFee").put("amount", "0").put("currency", "GBP");
        ArrayNode lines = body.putArray("lines");
        toReturn.lines().forEach(l -> lines.addObject().put("lineNumber", l.lineNumber()).put("disposition", "WRITE_OFF"));
        body.putObject("history").put("occurredAt", toReturn.occurredAt().toString()).put("source", SOURCE);
        return post("/api/returns/" + toReturn.returnId() + "/receive", body, true);
    }

    /** The OMS refused an order as it stands (400, e.g. more lines than the merchant's limit): it is reported, not loaded. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private int post(String path, ObjectNode body, boolean conflictMeansDone) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Authorization", token.header())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400) {
            throw new Refused(response.body());
        }
        if (response.statusCode() >= 400 && !(conflictMeansDone && response.statusCode() == 409)) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.statusCode();
    }
}

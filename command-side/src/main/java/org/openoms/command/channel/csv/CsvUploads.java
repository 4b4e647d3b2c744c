package org.openoms.command.channel.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoms.command.channel.ChannelAccounts;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelIntake;
import org.openoms.command.channel.IntakeLog.Outcome;
import org.openoms.kernel.order.Channel;
import org.openoms.platform.web.InvalidRequest;
import org.openoms.platform.web.ResourceNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders in a CSV file, one row per order line, rows of one order sharing its reference; columns as the account
 * maps them ({@link CsvColumns}). Each order goes through the intake like any channel's: placed once however
 * often the file is uploaded, or waiting on the needs-attention list with the reason. A file that is no CSV or
 * lacks a column every order needs is a 400 and nothing is written.
 */
@RestController
class CsvUploads {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    private final ChannelAccounts accounts;
    private final ChannelIntake intake;
    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

    CsvUploads(ChannelAccounts accounts, ChannelIntake intake, ObjectMapper json) {
        this.accounts = accounts;
        this.intake = intake;
        this.json = json;
    }

    public record Uploaded(int orders, Map<String, Integer> outcomes, Map<String, String> byReference) {
    }

    @PostMapping(path = "/api/channels/csv/{account}/orders", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Upload orders as CSV (one row per line; columns as the account maps them)",
            description = "200 with what became of each order; 400 when the file is no CSV or lacks a needed column; "
                    + "413 over 5 MB.")
    ResponseEntity<Uploaded> upload(@PathVariable String account, HttpServletRequest request) throws IOException {
        Account merchant = accounts.find(Channel.CSV, account)
                .orElseThrow(() -> new ResourceNotFound("no CSV account named " + account));
        String file = body(request);
        Map<String, String> columns = CsvColumns.of(merchant);
        Map<String, ArrayNode> orders = orders(file, columns);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Map<String, String> byReference = new LinkedHashMap<>();
        for (var order : orders.entrySet()) {
            ObjectNode payload = json.createObjectNode().put("orderRef", order.getKey());
            payload.set("rows", order.getValue());
            Outcome outcome = intake.place(merchant, "csv upload", payload.toString(),
                    ChannelIntake.By.caller("uploaded as CSV to " + account));
            outcomes.merge(outcome.name(), 1, Integer::sum);
            byReference.put(order.getKey(), outcome.name());
        }
        return ResponseEntity.ok(new Uploaded(orders.size(), outcomes, byReference));
    }

    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new PayloadTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new PayloadTooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The rows under the OMS's field names, grouped by order reference in the file's order. */
    private Map<String, ArrayNode> orders(String file, Map<String, String> columns) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).with(CsvParser.Feature.TRIM_SPACES).readValues(file)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (header == null) {
                    header = new ArrayList<>(row.keySet());
                    List<String> missing = CsvColumns.REQUIRED.stream().map(columns::get)
                            .filter(column -> !row.containsKey(column)).toList();
                    if (!missing.isEmpty()) {
                        throw new InvalidRequest("file", "the file has no column " + String.join(", ", missing)
                                + "; its columns are " + header);
                    }
                }
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidRequest("file", "the file has more than " + MAX_ROWS + " rows; upload it in parts");
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw new InvalidRequest("file", "the file is not CSV with a header row: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (rows.isEmpty()) {
            throw new InvalidRequest("file", "the file has no rows under its header");
        }
        Map<String, ArrayNode> orders = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            ObjectNode line = json.createObjectNode().put("line", i + 2);
            columns.forEach((field, column) -> {
                String value = row.get(column);
                if (value != null && !value.isBlank()) {
                    line.put(field, value);
                }
            });
            String reference = line.path("orderRef").asText("");
            if (reference.isEmpty()) {
                throw new InvalidRequest("file", "line " + (i + 2) + " has no " + columns.get("orderRef"));
            }
            orders.computeIfAbsent(reference, r -> json.createArrayNode()).add(line);
        }
        return orders;
    }

    /** Answered 413 by the platform's problem handling. */
    static final class PayloadTooLarge extends org.springframework.web.server.ResponseStatusException {
        PayloadTooLarge() {
            super(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "the file is larger than 5 MB");
        }
    }
}

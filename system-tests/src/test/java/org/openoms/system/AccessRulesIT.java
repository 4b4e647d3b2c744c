package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openoms.platform.security.AccessRules;
import org.openoms.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation both applications publish in their OpenAPI documents, called with no token and with a token
 * of each role: refused (401, 403) exactly where {@link AccessRules} says, let through everywhere else, and
 * no refused call writes an event. An endpoint without a rule fails here, and so does a README table that no
 * longer matches the rules.
 */
class AccessRulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);

    record Operation(String baseUrl, HttpMethod method, String path) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "no-such-1");
        }
    }

    @Test
    void everyOperationAnswersEachRoleAsTheRulesSay() throws Exception {
        List<Operation> operations = new ArrayList<>(operations(oms.commandUrl));
        operations.addAll(operations(oms.queryUrl));
        assertThat(operations).hasSizeGreaterThan(15);
        List<Operation> signed = operations.stream().filter(op -> signedBy(op.method(), op.path()).isPresent()).toList();
        assertThat(signed).hasSameSizeAs(AccessRules.SIGNED);
        operations.removeAll(signed);
        assertThat(operations).as("operations without an access rule")
                .allSatisfy(op -> assertThat(ruleFor(op.method(), op.path())).as(op.toString()).isPresent());

        long events = eventCount();
        List<String> mismatches = new ArrayList<>();
        for (Operation op : operations) {
            int anonymous = call(op, null);
            if (anonymous != 401) {
                mismatches.add(op + " without a token: " + anonymous);
            }
            Set<Role> allowed = ruleFor(op.method(), op.path()).orElseThrow().roles();
            for (Role role : Role.values()) {
                int status = call(op, oms.token("only-" + role.name().toLowerCase(), role));
                boolean refused = status == 401 || status == 403;
                if (allowed.contains(role) == refused || (refused && status != 403)) {
                    mismatches.add(op + " as " + role + ": " + status + (allowed.contains(role) ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        // a webhook answers nobody without the platform's signature, whatever token they bring
        for (Operation op : signed) {
            for (String token : new String[]{null, oms.token("only-admin", Role.ADMIN)}) {
                int status = call(op, token);
                if (status != 401) {
                    mismatches.add(op + " unsigned" + (token == null ? "" : ", as ADMIN") + ": " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(eventCount()).as("events written by refused or malformed calls").isEqualTo(events);
    }

    private static java.util.Optional<AccessRules.Signed> signedBy(HttpMethod method, String path) {
        return AccessRules.SIGNED.stream().filter(s -> s.method().equals(method) && s.path().equals(path)).findFirst();
    }

    @Test
    void aTokenWithoutAnyRoleIsForbiddenEverywhereButHealthAndTheDocuments() {
        String noRole = oms.token("no-role", new Role[0]);
        assertThat(oms.send(HttpRequest.newBuilder(URI.create(oms.queryUrl + "/api/orders"))
                .header("Authorization", "Bearer " + noRole).GET().build()).statusCode()).isEqualTo(403);
        assertThat(oms.send(HttpRequest.newBuilder(URI.create(oms.queryUrl + "/actuator/health")).GET().build())
                .statusCode()).isEqualTo(200);
        assertThat(oms.send(HttpRequest.newBuilder(URI.create(oms.commandUrl + "/v3/api-docs")).GET().build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void headIsAllowedToWhoMayGetAndNobodyElse() {
        HttpRequest.Builder head = HttpRequest.newBuilder(URI.create(oms.queryUrl + "/api/admin/projections"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        assertThat(oms.send(head.header("Authorization", "Bearer " + oms.token("only-customer_service",
                Role.CUSTOMER_SERVICE)).build()).statusCode()).isEqualTo(403);
        assertThat(oms.send(HttpRequest.newBuilder(URI.create(oms.queryUrl + "/api/admin/projections"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + oms.token("only-admin", Role.ADMIN)).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void theReadmeTableShowsTheRules() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("<!-- access-rules:start -->") + "<!-- access-rules:start -->".length(),
                readme.indexOf("<!-- access-rules:end -->")).strip();
        assertThat(table).isEqualTo(markdownTable());
    }

    /** The README's table, as the rules make it. */
    static String markdownTable() {
        StringBuilder table = new StringBuilder("| endpoint |");
        for (Role role : Role.values()) {
            table.append(' ').append(role.name()).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Role.values().length));
        for (AccessRules.Rule rule : AccessRules.RULES) {
            table.append("\n| `").append(rule.method()).append(' ').append(rule.path()).append("` |");
            for (Role role : Role.values()) {
                table.append(rule.roles().contains(role) ? " ✓ |" : "   |");
            }
        }
        table.append("\n\nSigned by the platform instead of a bearer token (401 when the signature does not verify):");
        for (AccessRules.Signed signed : AccessRules.SIGNED) {
            table.append("\n- `").append(signed.method()).append(' ').append(signed.path()).append("`: ")
                    .append(signed.signature());
        }
        return table.toString();
    }

    /** The rule for an operation of the API documents: the same method and path template. */
    private static java.util.Optional<AccessRules.Rule> ruleFor(HttpMethod method, String path) {
        return AccessRules.RULES.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    private int call(Operation op, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(op.baseUrl() + op.concretePath()))
                .header("Content-Type", "application/json")
                .method(op.method().name(), op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return oms.send(request.build()).statusCode();
    }

    private List<Operation> operations(String baseUrl) throws Exception {
        JsonNode document = JSON.readTree(oms.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).GET().build())
                .body());
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> operations.add(new Operation(baseUrl, HttpMethod.valueOf(method.toUpperCase()), path.getKey()))));
        return operations;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}

package org.openoms.platform.security;

import static org.openoms.platform.security.Role.ADMIN;
import static org.openoms.platform.security.Role.AUDITOR;
import static org.openoms.platform.security.Role.CUSTOMER_SERVICE;
import static org.openoms.platform.security.Role.INTEGRATION;
import static org.openoms.platform.security.Role.MANAGER;
import static org.openoms.platform.security.Role.MONITORING;
import static org.openoms.platform.security.Role.WAREHOUSE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which endpoint, for both applications: the one table the security filter applies, the
 * role × endpoint test checks against every operation in the OpenAPI documents, and the README shows. A path
 * without a rule is let through only to a signed-in caller, to be answered 404 or 405; an endpoint without a
 * rule fails that test.
 */
public final class AccessRules {

    /** One endpoint (method and path pattern, as in the OpenAPI document) and the roles allowed to call it. */
    public record Rule(HttpMethod method, String path, Set<Role> roles) {
    }

    private static final Set<Role> READERS = EnumSet.of(MANAGER, AUDITOR);

    public static final List<Rule> RULES = List.of(
            // command side
            rule("POST", "/api/orders", CUSTOMER_SERVICE, INTEGRATION),
            rule("POST", "/api/orders/{orderId}/cancel", CUSTOMER_SERVICE),
            rule("POST", "/api/orders/{orderId}/allocation", CUSTOMER_SERVICE),
            rule("POST", "/api/orders/{orderId}/despatch", WAREHOUSE),
            rule("POST", "/api/orders/{orderId}/messages", CUSTOMER_SERVICE, INTEGRATION),
            rule("POST", "/api/orders/{orderId}/notes", CUSTOMER_SERVICE),
            rule("POST", "/api/returns", CUSTOMER_SERVICE, INTEGRATION),
            // integrations report returns received elsewhere (a marketplace's, the history import's)
            rule("POST", "/api/returns/{returnId}/receive", WAREHOUSE, INTEGRATION),
            rule("POST", "/api/stock/{location}/{sku}/receipts", WAREHOUSE),
            rule("POST", "/api/stock/{location}/{sku}/adjustments", WAREHOUSE),
            // channels: what could not become an order, and the SKU maps that fix most of it
            rule("GET", "/api/channels/attention", CUSTOMER_SERVICE, MANAGER, AUDITOR, ADMIN),
            rule("POST", "/api/channels/attention/{id}/retry", CUSTOMER_SERVICE, ADMIN),
            rule("PUT", "/api/channels/{channel}/{account}/skus/{channelSku}", INTEGRATION, ADMIN),
            rule("GET", "/api/inbox/unmatched", CUSTOMER_SERVICE, MANAGER, AUDITOR),
            rule("POST", "/api/channels/csv/{account}/orders", CUSTOMER_SERVICE, INTEGRATION),
            // query side: managers and auditors read everything the others read
            read("/api/orders", CUSTOMER_SERVICE),
            read("/api/orders/search", CUSTOMER_SERVICE),
            read("/api/orders/{orderId}", CUSTOMER_SERVICE, WAREHOUSE),
            read("/api/orders/{orderId}/timeline", CUSTOMER_SERVICE),
            read("/api/messages/search", CUSTOMER_SERVICE),
            read("/api/inbox", CUSTOMER_SERVICE),
            read("/api/stock", CUSTOMER_SERVICE, WAREHOUSE),
            read("/api/despatch-queue", WAREHOUSE),
            read("/api/reports/sales-by-channel"),
            read("/api/reports/sales-by-channel/facts"),
            rule("GET", "/api/admin/projections", ADMIN, AUDITOR),
            rule("POST", "/api/admin/projections/{name}/rebuild", ADMIN),
            rule("POST", "/api/admin/projections/{name}/parked/retry", ADMIN),
            rule("DELETE", "/api/admin/projections/{name}/parked/{sequence}", ADMIN),
            // operations
            rule("GET", "/actuator/info", ADMIN),
            rule("GET", "/actuator/metrics", ADMIN),
            rule("GET", "/actuator/metrics/{name}", ADMIN),
            rule("GET", "/actuator/prometheus", MONITORING, ADMIN));

    /**
     * Webhooks the platforms call: no bearer token, the platform's signature over the body instead, which the
     * endpoint checks before anything else (a 401 when it does not verify).
     */
    public static final List<Signed> SIGNED = List.of(
            new Signed(HttpMethod.POST, "/api/channels/shopify/{account}/webhooks", "Shopify: X-Shopify-Hmac-Sha256"),
            new Signed(HttpMethod.POST, "/api/channels/woocommerce/{account}/webhooks",
                    "WooCommerce: X-WC-Webhook-Signature"));

    /** An endpoint a platform calls, and the signature it proves itself with. */
    public record Signed(HttpMethod method, String path, String signature) {
    }

    /** Open to anybody: health for probes, the API documents and Swagger UI (which signs in by itself). */
    public static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error");

    private AccessRules() {
    }

    private static Rule rule(String method, String path, Role... roles) {
        return new Rule(HttpMethod.valueOf(method), path, Set.copyOf(List.of(roles)));
    }

    private static Rule read(String path, Role... roles) {
        Set<Role> allowed = EnumSet.copyOf(READERS);
        allowed.addAll(List.of(roles));
        return new Rule(HttpMethod.GET, path, Set.copyOf(allowed));
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One order's event that a projection cannot apply stops nothing but that order: it is parked with its
 * error, the order's later events wait behind it, every other order is listed, queued and searchable, and
 * once the cause is gone a retry brings the read model to what a rebuild makes.
 */
class ParkedEventIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKU = "PARKED-1";
    private static final List<String> FAILING = List.of("order-list", "despatch-queue");

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.querySide.getBean(JdbcTemplate.class);
    private final ReadModels readModels = new ReadModels(jdbc, "read_model",
            TestStack.properties().get("OMS_ES_INDEX_PREFIX"), oms.queryUrl, oms.token("admin"));

    @Test
    void aProjectionParksTheEventItCannotApplyAndEveryOtherOrderGoesOn() throws Exception {
        oms.post("/api/stock/MAIN/" + SKU + "/receipts", OrderRequests.receipt(10), "goods-in");
        String poisoned;
        List<String> healthy = new ArrayList<>();
        refuseRowsFor("Poison Pete");
        try {
            poisoned = place("Poison Pete");
            for (String customer : List.of("Healthy Hana", "Healthy Hugo", "Healthy Hilde")) {
                healthy.add(place(customer));
            }
            for (String orderId : healthy) {
                await().atMost(Duration.ofSeconds(20)).until(() -> status(orderId).equals("CONFIRMED"));
                await().atMost(Duration.ofSeconds(20)).until(() -> onDespatchQueue(orderId));
            }
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> search("Healthy").path("totalHits").asInt() >= 3 && search("Poison Pete").path("totalHits").asInt() >= 1);

            JsonNode orderList = await().atMost(Duration.ofSeconds(20)).until(() -> projection("order-list"),
                    p -> p.path("parkedEvents").asLong() >= 2);
            assertThat(orderList.path("parked").path(0).path("sequence").asText()).isEqualTo(poisoned);
            assertThat(orderList.path("parked").path(0).path("eventType").asText()).isEqualTo("OrderPlaced");
            assertThat(orderList.path("parked").path(0).path("error").asText()).contains("no rows for Poison Pete");
            assertThat(orderList.path("parked")).as("the order's later events wait behind it")
                    .anySatisfy(p -> assertThat(p.path("eventType").asText()).isEqualTo("OrderConfirmed"))
                    .allSatisfy(p -> assertThat(p.path("sequence").asText()).isEqualTo(poisoned));
            assertThat(orderList.path("inErrorRetry").asBoolean()).isFalse();
            assertThat(oms.query("/api/orders/" + poisoned).statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(oms.query("/actuator/health").body()).path("components").path("projections")
                    .path("status").asText()).isEqualTo("DEGRADED");
        } finally {
            acceptRows();
        }

        for (String projection : FAILING) {
            var retried = oms.postToQuerySide("/api/admin/projections/" + projection + "/parked/retry");
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(retried.body()).path("parkedEvents").asLong()).as(projection).isZero();
        }
        assertThat(status(poisoned)).isEqualTo("CONFIRMED");
        assertThat(onDespatchQueue(poisoned)).isTrue();
        assertThat(oms.postToQuerySide("/api/admin/projections/order-list/parked/retry").statusCode()).isEqualTo(200);
        assertThat(oms.send("DELETE", "/api/admin/projections/order-list/parked/" + poisoned).statusCode()).isEqualTo(404);
        assertThat(oms.send("DELETE", "/api/admin/projections/order-list/parked/" + "s".repeat(300)).statusCode())
                .isEqualTo(400);
        readModels.awaitCaughtUp(FAILING, Duration.ofSeconds(30));
        for (String projection : FAILING) {
            String retried = readModels.content(projection);
            assertThat(readModels.rebuilt(projection, Duration.ofSeconds(60))).as(projection).isEqualTo(retried);
        }
    }

    private String place(String customer) throws Exception {
        var response = oms.post("/api/orders", OrderRequests.phoneOrder(customer, "parked@example.com", SKU, 1, "1.00"),
                "agent");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).path("orderId").asText();
    }

    private String status(String orderId) throws Exception {
        return JSON.readTree(oms.query("/api/orders/" + orderId).body()).path("status").asText();
    }

    private boolean onDespatchQueue(String orderId) throws Exception {
        for (JsonNode entry : JSON.readTree(oms.query("/api/despatch-queue").body()).path("orders")) {
            if (entry.path("orderId").asText().equals(orderId)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode search(String text) throws Exception {
        return JSON.readTree(oms.query("/api/orders/search?q=" + text.replace(" ", "+")).body());
    }

    private JsonNode projection(String name) throws Exception {
        for (JsonNode p : JSON.readTree(oms.query("/api/admin/projections").body())) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    /** A fault only this customer's rows meet, as a value the read model cannot hold would be. */
    private void refuseRowsFor(String customer) {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION read_model.refuse_rows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'no rows for %', NEW.customer_name;
                END $$""");
        for (String table : List.of("orders", "despatch_queue")) {
            jdbc.execute("CREATE TRIGGER refuse_rows BEFORE INSERT ON read_model." + table
                    + " FOR EACH ROW WHEN (NEW.customer_name = '" + customer + "') EXECUTE FUNCTION read_model.refuse_rows()");
        }
    }

    private void acceptRows() {
        for (String table : List.of("orders", "despatch_queue")) {
            jdbc.execute("DROP TRIGGER IF EXISTS refuse_rows ON read_model." + table);
        }
        jdbc.execute("DROP FUNCTION IF EXISTS read_model.refuse_rows()");
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The window a crash falls into, made certain: the search projections' transactions fail at commit, after
 * their documents reached Elasticsearch and before their tokens moved. Each retry meets documents the index
 * already holds; once commits succeed again the projections move on and equal a rebuild.
 */
class TokenCommitFailureIT {

    private static final List<String> SEARCH = List.of("order-search", "message-search");

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.querySide.getBean(JdbcTemplate.class);
    private final ReadModels readModels = new ReadModels(jdbc, "read_model",
            TestStack.properties().get("OMS_ES_INDEX_PREFIX"), oms.queryUrl, oms.token("admin"));

    @Test
    void searchProjectionsMoveOnAfterTheirTokenCommitFailedBehindAnElasticsearchWrite() {
        oms.post("/api/stock/MAIN/COMMIT-1/receipts", OrderRequests.receipt(100), "goods-in");
        readModels.awaitCaughtUp(SEARCH, Duration.ofSeconds(30));
        refuseTokenCommits();
        try (var traffic = new OrderTraffic(oms, "COMMIT-1", 2)) {
            traffic.place(10, "Committed Cora");
            traffic.awaitDone();
            assertThat(traffic.failures()).isEmpty();
            JsonNode retrying = await().atMost(Duration.ofSeconds(30)).until(readModels::projections,
                    all -> SEARCH.stream().allMatch(name -> status(all, name).path("inErrorRetry").asBoolean()));
            assertThat(status(retrying, "order-search").path("error").asText()).contains("token commit refused");
            assertThat(status(retrying, "order-search").path("eventsBehind").asLong()).isPositive();
            // the documents are in the index although the events are not committed as applied
            assertThat(readModels.documents("orders")).isPositive();
        } finally {
            acceptTokenCommits();
        }
        readModels.awaitCaughtUp(SEARCH, Duration.ofSeconds(60));
        for (String projection : SEARCH) {
            String recovered = readModels.content(projection);
            assertThat(readModels.rebuilt(projection, Duration.ofSeconds(60))).as(projection).isEqualTo(recovered);
        }
    }

    private static JsonNode status(JsonNode all, String name) {
        for (JsonNode p : all) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no projection " + name + " in " + all);
    }

    /** A deferred trigger fails the commit of any transaction that moves a search projection's token. */
    private void refuseTokenCommits() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION read_model.refuse_token_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'token commit refused for %', NEW.processor_name;
                END $$""");
        jdbc.execute("""
                CREATE CONSTRAINT TRIGGER refuse_token_commit AFTER UPDATE ON read_model.token_entry
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                WHEN (NEW.processor_name IN ('order-search', 'message-search') AND OLD.token IS DISTINCT FROM NEW.token)
                EXECUTE FUNCTION read_model.refuse_token_commit()""");
    }

    private void acceptTokenCommits() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_token_commit ON read_model.token_entry");
        jdbc.execute("DROP FUNCTION IF EXISTS read_model.refuse_token_commit()");
    }
}

package org.openoms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openoms.devstack.TestStack;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two query-side instances of one deployment (one schema, one index prefix) share every projection's
 * segments; when one is killed under load the other takes its segments over, and every read model still
 * ends equal to a rebuild.
 */
class TwoQuerySidesIT {

    private static final String SCHEMA = "twin_rm";
    /** Claims expire after 10 s (claim-timeout) and instances stop counting then; claiming runs every 2 s. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(30);

    private final RunningOms oms = RunningOms.get();
    private final JdbcTemplate jdbc = oms.commandSide.getBean(JdbcTemplate.class);
    private final Set<String> projections = ReadModels.OWNED.keySet();

    @Test
    void bothInstancesShareEveryProjectionAndTheSurvivorOfAKillTakesItAllOver() {
        oms.post("/api/stock/MAIN/TWIN-1/receipts", OrderRequests.receipt(1000), "goods-in");
        String esUrl = TestStack.properties().get("OMS_ES_URL");
        try (var first = QuerySideProcess.start(SCHEMA, esUrl);
             var second = QuerySideProcess.start(SCHEMA, esUrl);
             var traffic = new OrderTraffic(oms, "TWIN-1", 4)) {
            ReadModels readModels = first.readModels(jdbc);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> eachHoldsOneSegmentOfEveryProjection(first, second));

            // a rebuild resets every segment: refused while the other instance holds one, and nothing stops here
            var refused = readModels.rebuild("order-list");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("urn:oms:problem:projection-running-elsewhere", "another query-side instance");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> eachHoldsOneSegmentOfEveryProjection(first, second));

            traffic.place(120, "Twin Tina");
            await().atMost(Duration.ofSeconds(60)).until(() -> traffic.placed() >= 30);
            second.kill();
            Instant killed = Instant.now();
            await().atMost(TAKEOVER_BOUND).pollInterval(Duration.ofMillis(100)).until(() ->
                    SegmentClaim.in(jdbc, SCHEMA, projections).stream().allMatch(c -> c.heldBy(first.pid())));
            Duration takeover = Duration.between(killed, Instant.now());
            System.out.printf("TwoQuerySidesIT: the survivor held all %d segments %.1f s after the kill%n",
                    SegmentClaim.in(jdbc, SCHEMA, projections).size(), takeover.toMillis() / 1000.0);

            traffic.awaitDone();
            assertThat(traffic.failures()).isEmpty();
            readModels.awaitCaughtUp(projections, Duration.ofSeconds(120));
            for (String projection : projections) {
                String live = readModels.content(projection);
                assertThat(readModels.rebuilt(projection, Duration.ofSeconds(120))).as(projection).isEqualTo(live);
            }
        }
    }

    private boolean eachHoldsOneSegmentOfEveryProjection(QuerySideProcess first, QuerySideProcess second) {
        List<SegmentClaim> claims = SegmentClaim.in(jdbc, SCHEMA, projections);
        return projections.stream().allMatch(projection -> {
            var segments = claims.stream().filter(c -> c.processor().equals(projection)).toList();
            return segments.size() == 2 && segments.stream().filter(c -> c.heldBy(first.pid())).count() == 1
                    && segments.stream().filter(c -> c.heldBy(second.pid())).count() == 1;
        });
    }
}

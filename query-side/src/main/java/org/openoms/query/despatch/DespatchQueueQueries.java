package org.openoms.query.despatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.DespatchLight;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.DespatchQueue;
import org.openoms.kernel.order.query.FindDespatchQueue;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The traffic-light despatch queue, lights computed against the clock at query time. */
@Component
public class DespatchQueueQueries {

    private static final String LIGHT = """
            CASE WHEN despatch_deadline <= ? THEN 'RED' WHEN despatch_deadline < ? THEN 'AMBER' ELSE 'GREEN' END""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId merchantZone;

    public DespatchQueueQueries(JdbcTemplate jdbc, Clock clock, ZoneId merchantZone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.merchantZone = merchantZone;
    }

    @QueryHandler
    public DespatchQueue handle(FindDespatchQueue query) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp tomorrow = Timestamp.from(LocalDate.ofInstant(now, merchantZone).plusDays(1)
                .atStartOfDay(merchantZone).toInstant());
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> filters = new ArrayList<>();
        if (query.location() != null && !query.location().isBlank()) {
            where.append(" AND location = ?");
            filters.add(query.location());
        }
        if (query.light() != null) {
            where.append(" AND (").append(LIGHT).append(") = ?");
            filters.add(nowTs);
            filters.add(tomorrow);
            filters.add(query.light().name());
        }
        Map<String, Map<DespatchLight, Long>> counts = new TreeMap<>();
        List<Object> countArgs = new ArrayList<>(List.of(nowTs, tomorrow));
        countArgs.addAll(filters);
        jdbc.query("SELECT location, " + LIGHT + " AS light, count(*) FROM despatch_queue" + where
                        + " GROUP BY 1, 2", rs -> {
                    counts.computeIfAbsent(rs.getString(1), l -> new EnumMap<>(DespatchLight.class))
                            .put(DespatchLight.valueOf(rs.getString(2)), rs.getLong(3));
                }, countArgs.toArray());
        List<DespatchQueue.Entry> orders = jdbc.query("SELECT order_id, order_number, customer_name, channel, location, "
                        + "status, despatch_deadline, " + LIGHT + " AS light FROM despatch_queue" + where
                        + " ORDER BY despatch_deadline, order_id LIMIT 1000",
                (rs, n) -> new DespatchQueue.Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Channel.valueOf(rs.getString(4)), rs.getString(5), OrderStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant(), DespatchLight.valueOf(rs.getString(8))),
                countArgs.toArray());
        return new DespatchQueue(now, merchantZone.getId(), counts, orders);
    }

    @RestController
    @RequestMapping("/api/despatch-queue")
    @Tag(name = "Despatch", description = "Orders awaiting despatch by traffic light")
    public static class DespatchQueueController {

        private final QueryGateway queries;

        public DespatchQueueController(QueryGateway queries) {
            this.queries = queries;
        }

        @GetMapping
        @Operation(summary = "Orders awaiting despatch, most urgent first: red (deadline passed), amber (due today in "
                + "the merchant's time zone), green")
        public DespatchQueue queue(@RequestParam(required = false) String location,
                                   @RequestParam(required = false) DespatchLight light) {
            return queries.query(InvalidRequest.of("query", () -> new FindDespatchQueue(location, light)), ResponseTypes.instanceOf(DespatchQueue.class))
                    .join();
        }
    }
}

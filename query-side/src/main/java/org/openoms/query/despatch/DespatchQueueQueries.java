package org.openoms.query.despatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The traffic-light despatch queue, lights computed against the clock at query time by {@link DespatchLight}
 * itself, the one home of the rule: the rows are read in deadline order and each is lit, counted and,
 * when it matches the light asked for, listed (the first 1,000).
 */
@Component
public class DespatchQueueQueries {

    private static final int LISTED = 1000;

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
        boolean oneLocation = query.location() != null && !query.location().isBlank();
        Map<String, Map<DespatchLight, Long>> counts = new TreeMap<>();
        List<DespatchQueue.Entry> orders = new ArrayList<>();
        RowCallbackHandler light = rs -> {
            Instant deadline = rs.getTimestamp(7).toInstant();
            DespatchLight lit = DespatchLight.at(now, deadline, merchantZone);
            if (query.light() != null && query.light() != lit) {
                return;
            }
            counts.computeIfAbsent(rs.getString(5), l -> new EnumMap<>(DespatchLight.class)).merge(lit, 1L, Long::sum);
            if (orders.size() < LISTED) {
                orders.add(new DespatchQueue.Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Channel.valueOf(rs.getString(4)), rs.getString(5), OrderStatus.valueOf(rs.getString(6)), deadline,
                        lit));
            }
        };
        String select = "SELECT order_id, order_number, customer_name, channel, location, status, despatch_deadline "
                + "FROM despatch_queue" + (oneLocation ? " WHERE location = ?" : "") + " ORDER BY despatch_deadline, order_id";
        if (oneLocation) {
            jdbc.query(select, light, query.location());
        } else {
            jdbc.query(select, light);
        }
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

package org.openoms.query.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.openoms.kernel.stock.AvailableToPromise;
import org.openoms.kernel.stock.query.FindStockLevels;
import org.openoms.kernel.stock.query.StockLevel;
import org.openoms.kernel.stock.query.StockLevels;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock levels per SKU and location, from the stock-levels read model. */
@Component
public class StockQueries {

    private final JdbcTemplate jdbc;

    public StockQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public StockLevels handle(FindStockLevels query) {
        StringBuilder sql = new StringBuilder("SELECT sku, location, on_hand, reserved, quarantined FROM stock_levels WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (query.sku() != null && !query.sku().isBlank()) {
            sql.append(" AND sku = ?");
            args.add(query.sku());
        }
        if (query.location() != null && !query.location().isBlank()) {
            sql.append(" AND location = ?");
            args.add(query.location());
        }
        sql.append(" ORDER BY sku, location LIMIT 1000");
        return new StockLevels(jdbc.query(sql.toString(), (rs, n) -> {
            int onHand = rs.getInt("on_hand");
            int reserved = rs.getInt("reserved");
            return new StockLevel(rs.getString("sku"), rs.getString("location"), onHand, reserved,
                    rs.getInt("quarantined"), (int) AvailableToPromise.of(onHand, reserved));
        }, args.toArray()));
    }

    @RestController
    @RequestMapping("/api/stock")
    @Tag(name = "Stock", description = "On hand, reserved and available to promise")
    public static class StockQueryController {

        private final QueryGateway queries;

        public StockQueryController(QueryGateway queries) {
            this.queries = queries;
        }

        @GetMapping
        @Operation(summary = "Stock levels, filtered by SKU and/or location")
        public StockLevels levels(@RequestParam(required = false) String sku,
                                  @RequestParam(required = false) String location) {
            return queries.query(InvalidRequest.of("query", () -> new FindStockLevels(sku, location)), ResponseTypes.instanceOf(StockLevels.class)).join();
        }
    }
}

package org.openoms.command.stock;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.order.OrderLine;
import org.openoms.kernel.stock.StockReceived;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SKUs this merchant stocks: one a SKU has been received anywhere. Orders for any other SKU are
 * refused at the edge as a likely typo. The table is written by a subscribing handler, inside the
 * transaction that appends the receipt, so it is never behind the event store.
 */
@Component
@ProcessingGroup(SkuCatalogue.PROCESSING_GROUP)
public class SkuCatalogue {

    public static final String PROCESSING_GROUP = "sku-catalogue";

    private final JdbcTemplate jdbc;

    public SkuCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StockReceived event) {
        jdbc.update("INSERT INTO known_sku (sku) VALUES (?) ON CONFLICT DO NOTHING", event.stockItemId().sku().value());
    }

    public void requireKnown(List<OrderLine> lines) {
        String[] skus = lines.stream().map(line -> line.sku().value()).distinct().toArray(String[]::new);
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT sku FROM known_sku WHERE sku = ANY (?)",
                String.class, (Object) skus));
        lines.stream().filter(line -> !known.contains(line.sku().value())).findFirst().ifPresent(line -> {
            throw new StockRules.UnknownSku("lines[" + (line.lineNumber() - 1) + "].sku", line.sku().value());
        });
    }
}

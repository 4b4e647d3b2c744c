package org.openoms.command.stock;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.stock.StockReceived;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue as a command-side lookup table, written by a subscribing handler inside the
 * transaction that appends the receipt, so it is never behind the event store.
 */
@Component
@ProcessingGroup(JdbcSkuCatalogue.PROCESSING_GROUP)
public class JdbcSkuCatalogue implements SkuCatalogue {

    public static final String PROCESSING_GROUP = "sku-catalogue";

    private final JdbcTemplate jdbc;

    public JdbcSkuCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StockReceived event) {
        jdbc.update("INSERT INTO known_sku (sku) VALUES (?) ON CONFLICT DO NOTHING", event.stockItemId().sku().value());
    }

    @Override
    public Set<Sku> known(Collection<Sku> skus) {
        String[] values = skus.stream().map(Sku::value).distinct().toArray(String[]::new);
        return jdbc.queryForList("SELECT sku FROM known_sku WHERE sku = ANY (?)", String.class, (Object) values)
                .stream().map(Sku::new).collect(Collectors.toSet());
    }
}

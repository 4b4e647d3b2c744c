package org.openoms.command.channel;

import java.util.Optional;
import org.openoms.kernel.common.Sku;
import org.openoms.kernel.order.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A channel account's SKUs in the OMS's terms. A channel SKU without an entry is taken as it is: most merchants
 * list their own SKUs on every channel, and the order is held for attention when the OMS does not know it.
 */
@Component
public class SkuMap {

    private final JdbcTemplate jdbc;

    SkuMap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sku> lookup(Channel channel, String account, String channelSku) {
        return jdbc.queryForList("SELECT sku FROM channel_sku_map WHERE channel = ? AND account = ? AND channel_sku = ?",
                String.class, channel.name(), account, channelSku).stream().findFirst().map(Sku::new);
    }

    public void map(Channel channel, String account, String channelSku, Sku sku) {
        jdbc.update("""
                INSERT INTO channel_sku_map (channel, account, channel_sku, sku) VALUES (?, ?, ?, ?)
                ON CONFLICT (channel, account, channel_sku) DO UPDATE SET sku = excluded.sku""",
                channel.name(), account, channelSku, sku.value());
    }
}

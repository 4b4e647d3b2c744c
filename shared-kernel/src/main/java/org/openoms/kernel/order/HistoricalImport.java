package org.openoms.kernel.order;

import java.time.Instant;
import org.openoms.kernel.common.Require;

/**
 * An order brought in from history (a data load from an earlier system): placed and fulfilled long
 * ago, so it reserves no stock and waits for no despatch. {@code placedAt} is the channel's own time.
 */
public record HistoricalImport(Instant placedAt, String source) {

    public HistoricalImport {
        Require.present(placedAt, "placedAt");
        source = Require.text(source, "source", 100);
    }
}

package org.openoms.kernel.order;

import java.time.Instant;
import org.openoms.kernel.common.Require;

/**
 * A fact brought in from history (a data load from an earlier system), with the time it really
 * happened. An order from history was fulfilled long ago: it reserves no stock and waits for no
 * despatch; a return from history is dated when it happened.
 */
public record HistoricalImport(Instant occurredAt, String source) {

    public HistoricalImport {
        Require.date(occurredAt, "occurredAt");
        source = Require.text(source, "source", 100);
    }
}

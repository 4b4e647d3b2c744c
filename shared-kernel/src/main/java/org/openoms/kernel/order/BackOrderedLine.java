package org.openoms.kernel.order;

import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.common.Sku;

/** A line that could not be reserved: what was asked for and what was available then. */
public record BackOrderedLine(int lineNumber, Sku sku, LocationId location, int requested, int available) {

    public BackOrderedLine {
        Require.positive(lineNumber, "lineNumber");
        Require.present(sku, "sku");
        Require.present(location, "location");
        Require.positive(requested, "requested");
    }
}

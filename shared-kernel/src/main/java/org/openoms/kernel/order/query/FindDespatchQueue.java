package org.openoms.kernel.order.query;

import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.DespatchLight;

/** Orders awaiting despatch, most urgent first, with their light computed now; filters optional. */
public record FindDespatchQueue(String location, DespatchLight light) {

    public FindDespatchQueue {
        location = Require.optionalText(location, "location", 64);
    }
}

package org.openoms.kernel.stock;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record StockAdjusted(StockItemId stockItemId, int delta, String reason, Instant adjustedAt) {
}

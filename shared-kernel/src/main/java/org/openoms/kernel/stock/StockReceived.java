package org.openoms.kernel.stock;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record StockReceived(StockItemId stockItemId, int quantity, String reference, Instant receivedAt) {
}

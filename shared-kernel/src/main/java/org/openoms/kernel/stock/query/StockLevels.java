package org.openoms.kernel.stock.query;

import java.util.List;

public record StockLevels(List<StockLevel> levels) {
}

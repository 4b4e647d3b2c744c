package org.openoms.kernel.order.query;

import java.util.List;

public record OrderPage(List<OrderSummary> items, int page, int size, long totalItems) {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}

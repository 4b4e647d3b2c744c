package org.openoms.kernel.order.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record OrderPage(List<OrderSummary> items, int page, int size, long totalItems) {

    @JsonProperty("totalPages")
    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}

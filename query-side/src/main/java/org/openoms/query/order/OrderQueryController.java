package org.openoms.query.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderStatus;
import org.openoms.kernel.order.query.FindOrder;
import org.openoms.kernel.order.query.FindOrderTimeline;
import org.openoms.kernel.order.query.FindOrders;
import org.openoms.kernel.order.query.OrderDetail;
import org.openoms.kernel.order.query.OrderPage;
import org.openoms.kernel.order.query.OrderSearchResult;
import org.openoms.kernel.order.query.OrderTimeline;
import org.openoms.kernel.order.query.SearchOrders;
import org.openoms.platform.web.InvalidRequest;
import org.openoms.platform.web.ResourceNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Order list, detail, timeline and search")
public class OrderQueryController {

    private final QueryGateway queries;

    public OrderQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List orders, newest first, with optional filters")
    public OrderPage list(@RequestParam(required = false) OrderStatus status,
                          @RequestParam(required = false) Channel channel,
                          @RequestParam(required = false) String customer,
                          @RequestParam(required = false) String sku,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant placedFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant placedTo,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        var query = InvalidRequest.of("query", () -> new FindOrders(status, channel, customer, sku, placedFrom, placedTo,
                page, size));
        return queries.query(query, ResponseTypes.instanceOf(OrderPage.class)).join();
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search over orders (number, channel reference, customer, email, SKU, description)")
    public OrderSearchResult search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        var query = InvalidRequest.of("q", () -> new SearchOrders(q, page, size));
        return queries.query(query, ResponseTypes.instanceOf(OrderSearchResult.class)).join();
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One order in full")
    public OrderDetail detail(@PathVariable String orderId) {
        return queries.query(InvalidRequest.at("orderId", () -> new FindOrder(orderId)), ResponseTypes.optionalInstanceOf(OrderDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFound("no order " + orderId));
    }

    @GetMapping("/{orderId}/timeline")
    @Operation(summary = "Every event of an order in order: time, actor, type, summary and payload")
    public OrderTimeline timeline(@PathVariable String orderId) {
        OrderTimeline timeline = queries.query(InvalidRequest.at("orderId", () -> new FindOrderTimeline(orderId)),
                ResponseTypes.instanceOf(OrderTimeline.class)).join();
        if (timeline.entries().isEmpty()) {
            throw new ResourceNotFound("no order " + orderId);
        }
        return timeline;
    }
}

package org.openoms.command.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.openoms.command.web.CommandSender;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.order.CancelOrder;
import org.openoms.kernel.order.MarkOrderDespatched;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.order.RetryAllocation;
import org.openoms.platform.web.Actor;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Place, cancel and despatch orders; retry a back order's allocation")
public class OrderController {

    private final CommandSender commands;
    private final OrderNumbers orderNumbers;

    private final int maxLines;

    public OrderController(CommandSender commands, OrderNumbers orderNumbers,
                           @Value("${oms.orders.max-lines:500}") int maxLines) {
        if (maxLines < 1 || maxLines > Bounds.MAX_ORDER_LINES) {
            throw new IllegalStateException("oms.orders.max-lines must be from 1 to " + Bounds.MAX_ORDER_LINES);
        }
        this.commands = commands;
        this.orderNumbers = orderNumbers;
        this.maxLines = maxLines;
    }

    public record CancelRequest(String reason) {
    }

    public record OrderAccepted(String orderId, String orderNumber) {
    }

    @PostMapping
    @Operation(summary = "Place an order (manual entry)",
            description = "201 with the new order; 200 with the same order when a retry (same orderId or "
                    + "Idempotency-Key) repeats it; 409 when the id belongs to a different order.")
    public ResponseEntity<OrderAccepted> place(@RequestBody PlaceOrderRequest request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                               @RequestHeader(name = Actor.REASON_HEADER, required = false) String reason) {
        OrderId orderId = orderId(request.orderId(), idempotencyKey);
        var command = request.toCommand(orderId, orderNumbers.next(), maxLines);
        PlacementOutcome outcome = commands.send(command, Actor.reason(reason));
        var body = new OrderAccepted(outcome.orderId(), outcome.orderNumber());
        if (!outcome.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/orders/" + outcome.orderId())).body(body);
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(summary = "Cancel an order; its reservations are released")
    public ResponseEntity<Void> cancel(@PathVariable String orderId, @RequestBody CancelRequest request) {
        var id = InvalidRequest.at("orderId", () -> new OrderId(orderId));
        var command = InvalidRequest.of("body", () -> new CancelOrder(id, request.reason()));
        commands.send(command, command.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{orderId}/allocation")
    @Operation(summary = "Retry stock allocation for an order awaiting stock (customer service)",
            description = "202: every line not yet reserved is asked for again at its location; lines that now "
                    + "fit are reserved and an order whose every line is reserved is confirmed (see its timeline). "
                    + "409 order-not-awaiting-stock for any order not awaiting stock; 404 for an unknown order.")
    public ResponseEntity<Void> retryAllocation(@PathVariable String orderId,
                                                @RequestHeader(name = Actor.REASON_HEADER, required = false) String reason) {
        var id = InvalidRequest.at("orderId", () -> new OrderId(orderId));
        commands.send(new RetryAllocation(id), Actor.reason(reason));
        return ResponseEntity.accepted().build();
    }

    public record DespatchRequest(String carrier, String trackingNumber) {
    }

    @PostMapping("/{orderId}/despatch")
    @Operation(summary = "Mark a confirmed order despatched (carrier and tracking number); it leaves the despatch queue")
    public ResponseEntity<Void> despatch(@PathVariable String orderId, @RequestBody DespatchRequest request) {
        var id = InvalidRequest.at("orderId", () -> new OrderId(orderId));
        var command = InvalidRequest.of("body",
                () -> new MarkOrderDespatched(id, request.carrier(), request.trackingNumber()));
        commands.send(command, null);
        return ResponseEntity.noContent().build();
    }

    /** A client-chosen id wins; otherwise the Idempotency-Key names the order; otherwise a new id. */
    private static OrderId orderId(String requested, String idempotencyKey) {
        if (requested != null) {
            return InvalidRequest.at("orderId", () -> new OrderId(requested));
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            if (idempotencyKey.length() > 200) {
                throw new InvalidRequest("Idempotency-Key", "Idempotency-Key must be at most 200 characters");
            }
            return new OrderId(UUID.nameUUIDFromBytes(("idempotency-key:" + idempotencyKey)
                    .getBytes(StandardCharsets.UTF_8)).toString());
        }
        return new OrderId(UUID.randomUUID().toString());
    }
}

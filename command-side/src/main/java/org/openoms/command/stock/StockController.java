package org.openoms.command.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openoms.command.web.CommandSender;
import org.openoms.kernel.stock.AdjustStock;
import org.openoms.kernel.stock.ReceiveStock;
import org.openoms.kernel.stock.StockItemId;
import org.openoms.platform.web.Actor;
import org.openoms.platform.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stock/{location}/{sku}")
@Tag(name = "Stock", description = "Goods in and stock corrections per SKU and location")
public class StockController {

    private final CommandSender commands;

    public StockController(CommandSender commands) {
        this.commands = commands;
    }

    public record ReceiptRequest(Integer quantity, String reference) {
    }

    public record AdjustmentRequest(Integer delta, String reason) {
    }

    @PostMapping("/receipts")
    @Operation(summary = "Receive stock at a location")
    public ResponseEntity<Void> receive(@PathVariable String location, @PathVariable String sku,
                                        @RequestBody ReceiptRequest request) {
        var id = stockItemId(sku, location);
        if (request.quantity() == null) {
            throw new InvalidRequest("quantity", "quantity is required");
        }
        var command = InvalidRequest.of("body", () -> new ReceiveStock(id, request.quantity(), request.reference()));
        commands.send(command, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/adjustments")
    @Operation(summary = "Correct the on-hand figure (count, damage, found) with a reason")
    public ResponseEntity<Void> adjust(@PathVariable String location, @PathVariable String sku,
                                       @RequestBody AdjustmentRequest request) {
        var id = stockItemId(sku, location);
        if (request.delta() == null) {
            throw new InvalidRequest("delta", "delta is required");
        }
        var command = InvalidRequest.of("body", () -> new AdjustStock(id, request.delta(), request.reason()));
        commands.send(command, command.reason());
        return ResponseEntity.noContent().build();
    }

    private static StockItemId stockItemId(String sku, String location) {
        return InvalidRequest.of("path", () -> StockItemId.of(sku, location));
    }
}

package org.openoms.command.returns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openoms.command.web.CommandSender;
import org.openoms.command.web.MoneyInput;
import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.HistoricalImport;
import org.openoms.kernel.order.OrderId;
import org.openoms.kernel.returns.Disposition;
import org.openoms.kernel.returns.ReceiveReturn;
import org.openoms.kernel.returns.RequestReturn;
import org.openoms.kernel.returns.ReturnId;
import org.openoms.kernel.returns.ReturnReason;
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
@RequestMapping("/api/returns")
@Tag(name = "Returns", description = "RMAs: request, receive with dispositions, refund")
public class ReturnController {

    private final CommandSender commands;

    public ReturnController(CommandSender commands) {
        this.commands = commands;
    }

    public record ReturnLineInput(Integer lineNumber, Integer quantity) {
    }

    public record ReturnRequest(String returnId, String orderId, List<ReturnLineInput> lines, ReturnReason reason,
                                Channel channel, String note, HistoryInput history) {
    }

    /** Only for loads from an earlier system: when the return really happened. */
    public record HistoryInput(Instant occurredAt, String source) {

        HistoricalImport toHistory() {
            return InvalidRequest.at("history", () -> new HistoricalImport(occurredAt, source));
        }
    }

    public record ReceivedLineInput(Integer lineNumber, Disposition disposition) {
    }

    public record ReceiptRequest(String location, List<ReceivedLineInput> lines, BigDecimal restockingFeePercent,
                                 MoneyInput returnShippingFee, HistoryInput history) {
    }

    public record ReturnAccepted(String returnId) {
    }

    @PostMapping
    @Operation(summary = "Open a return for lines of a confirmed or despatched order, through any channel")
    public ResponseEntity<ReturnAccepted> request(@RequestBody ReturnRequest request) {
        var returnId = request.returnId() == null ? new ReturnId("RMA-" + UUID.randomUUID())
                : InvalidRequest.at("returnId", () -> new ReturnId(request.returnId()));
        var orderId = InvalidRequest.at("orderId", () -> new OrderId(request.orderId()));
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidRequest("lines", "lines must hold at least one line");
        }
        List<RequestReturn.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null || line.lineNumber() == null || line.quantity() == null) {
                throw new InvalidRequest(field, field + ": lineNumber and quantity are required");
            }
            lines.add(InvalidRequest.at(field, () -> new RequestReturn.Line(line.lineNumber(), line.quantity())));
        }
        var history = request.history() == null ? null : request.history().toHistory();
        var command = InvalidRequest.of("body", () -> new RequestReturn(returnId, orderId, lines, request.reason(),
                request.channel(), request.note(), history));
        commands.send(command, request.reason() == null ? null : request.reason().name());
        return ResponseEntity.created(URI.create("/api/returns/" + returnId.value()))
                .body(new ReturnAccepted(returnId.value()));
    }

    @PostMapping("/{returnId}/receive")
    @Operation(summary = "Receive a return at a location with a disposition per line; fees by rule unless given")
    public ResponseEntity<Void> receive(@PathVariable String returnId, @RequestBody ReceiptRequest request) {
        var id = InvalidRequest.at("returnId", () -> new ReturnId(returnId));
        var location = InvalidRequest.at("location", () -> new LocationId(request.location()));
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidRequest("lines", "lines must hold a disposition for each returned line");
        }
        List<ReceiveReturn.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null || line.lineNumber() == null) {
                throw new InvalidRequest(field, field + ": lineNumber is required");
            }
            lines.add(InvalidRequest.at(field, () -> new ReceiveReturn.Line(line.lineNumber(), line.disposition())));
        }
        var shipping = request.returnShippingFee() == null ? null
                : request.returnShippingFee().toMoney("returnShippingFee");
        var history = request.history() == null ? null : request.history().toHistory();
        var command = InvalidRequest.of("body", () -> new ReceiveReturn(id, location, lines,
                request.restockingFeePercent(), shipping, history));
        commands.send(command, null);
        return ResponseEntity.noContent().build();
    }
}

package org.openoms.command.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openoms.command.web.CommandSender;
import org.openoms.kernel.messaging.AddOrderNote;
import org.openoms.kernel.messaging.MessageDirection;
import org.openoms.kernel.messaging.RecordCustomerMessage;
import org.openoms.kernel.order.Channel;
import org.openoms.kernel.order.OrderId;
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
@RequestMapping("/api/orders/{orderId}")
@Tag(name = "Messages", description = "Customer messages and internal notes on an order")
public class MessageController {

    private final CommandSender commands;
    private final Clock clock;

    public MessageController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record MessageRequest(String messageId, MessageDirection direction, Channel channel, String sender,
                                 String subject, String body, Instant receivedAt) {
    }

    public record NoteRequest(String text) {
    }

    public record MessageAccepted(String messageId) {
    }

    @PostMapping("/messages")
    @Operation(summary = "Record a customer message (inbound or outbound); the channel's message id makes a retry harmless")
    public ResponseEntity<MessageAccepted> record(@PathVariable String orderId, @RequestBody MessageRequest request) {
        var id = InvalidRequest.at("orderId", () -> new OrderId(orderId));
        String messageId = request.messageId() == null ? "MSG-" + UUID.randomUUID() : request.messageId();
        Instant receivedAt = request.receivedAt() == null ? clock.instant() : request.receivedAt();
        var command = InvalidRequest.of("body", () -> new RecordCustomerMessage(id, messageId, request.direction(),
                request.channel(), request.sender(), request.subject(), request.body(), receivedAt));
        commands.send(command, null);
        return ResponseEntity.accepted().body(new MessageAccepted(command.messageId()));
    }

    @PostMapping("/notes")
    @Operation(summary = "Add an internal note to an order")
    public ResponseEntity<Void> note(@PathVariable String orderId, @RequestBody NoteRequest request) {
        var id = InvalidRequest.at("orderId", () -> new OrderId(orderId));
        var command = InvalidRequest.of("body", () -> new AddOrderNote(id, request.text()));
        commands.send(command, null);
        return ResponseEntity.noContent().build();
    }
}

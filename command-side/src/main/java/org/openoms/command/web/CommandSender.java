package org.openoms.command.web;

import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openoms.platform.eventstore.AuditMetaData;
import org.openoms.platform.web.Actor;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of the HTTP caller, with who and why in its metadata. */
@Component
public class CommandSender {

    private static final long TIMEOUT_SECONDS = 30;

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, String reason) {
        Actor.Caller caller = Actor.current();
        var message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(AuditMetaData.of(caller.subject(), caller.name(), reason));
        return commandGateway.sendAndWait(message, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}

package org.openoms.command.web;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Refusal;

/**
 * The command bus where commands are handled (the embedded bus, or Axon Server's local segment). A refusal
 * leaves it as Axon documents for a distributed command bus: a {@link CommandExecutionException} with
 * serializable {@link Refusal} details, which is all that crosses Axon Server. It is made from the handling's
 * outcome, not inside the handler, so a conflict found only when the events are appended at commit (another
 * instance wrote the stream first) is carried the same way, and the sender retries it alike on both buses.
 */
class RefusingCommandBus extends SimpleCommandBus {

    RefusingCommandBus(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        CommandCallback<C, R> refusing = (message, result) -> callback.onResult(message, refusing(result));
        super.handle(command, handler, refusing);
    }

    private static <R> CommandResultMessage<R> refusing(CommandResultMessage<R> result) {
        if (!result.isExceptional()) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        Refusal refusal = refusal(failure);
        return refusal == null ? result : GenericCommandResultMessage.asCommandResultMessage(
                new CommandExecutionException(failure.getMessage(), failure, refusal));
    }

    static Refusal refusal(Throwable failure) {
        if (failure instanceof BusinessRuleViolation violation) {
            return Refusal.of(violation);
        }
        if (failure instanceof InvalidValue invalid) {
            return Refusal.of(invalid);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return new Refusal(Refusal.Kind.NOT_FOUND, null, null,
                    "no such order, stock item or return: " + notFound.getAggregateIdentifier());
        }
        if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException) {
            return new Refusal(Refusal.Kind.CONFLICT, null, null,
                    "a concurrent change, or the id is already taken; read the resource again and retry");
        }
        return null;
    }
}

package org.openoms.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.common.InvalidValue;
import org.openoms.kernel.common.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Refusals raised where a command is handled leave as Axon documents for a distributed command bus: a
 * {@link CommandExecutionException} with serializable {@link Refusal} details. The sender answers from the
 * details alone, so the embedded bus and Axon Server give the same problem responses.
 */
@Configuration
class RefusalsCrossTheBus {

    @Autowired
    void refusalsAsDetails(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (BusinessRuleViolation e) {
                throw new CommandExecutionException(e.getMessage(), e, Refusal.of(e));
            } catch (InvalidValue e) {
                throw new CommandExecutionException(e.getMessage(), e, Refusal.of(e));
            } catch (AggregateNotFoundException e) {
                throw new CommandExecutionException(e.getMessage(), e, new Refusal(Refusal.Kind.NOT_FOUND, null, null,
                        "no such order, stock item or return: " + e.getAggregateIdentifier()));
            }
        });
    }
}

package org.openoms.command.web;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CommandBusConfiguration {

    /**
     * Two instances appending to one stream at once: the loser's append fails on the store's unique
     * key and is simply tried again on the fresh state. Every other failure is final.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        var retries = IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(20)
                .maxRetryCount(10)
                .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException
                        || failure instanceof AggregateStreamCreationException))
                .build();
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }
}

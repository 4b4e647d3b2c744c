package org.openoms.command.web;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.openoms.kernel.common.Refusal;
import org.openoms.platform.observability.LogContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

@org.springframework.context.annotation.Configuration
class CommandBusConfiguration {

    /** Axon's own local command bus, as its auto-configuration builds it, refusing the way {@link RefusingCommandBus} says. */
    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactions, Configuration axon,
                                DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = new RefusingCommandBus(SimpleCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        bus.registerHandlerInterceptor(new LogContext("command-bus"));
        return bus;
    }

    /**
     * Two instances appending to one stream at once: the loser's append fails on the store's unique
     * key and is simply tried again on the fresh state. Every other failure is final.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        var retries = new RetryConflicts(IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(20)
                .maxRetryCount(10));
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }

    /**
     * Decides from the refusal's details alone. Axon's default would also look at the causes, which differ by
     * bus: the store's exception here, a remote wrapper over Axon Server.
     */
    private static final class RetryConflicts extends IntervalRetryScheduler {

        RetryConflicts(IntervalRetryScheduler.Builder builder) {
            super(builder);
        }

        @Override
        protected boolean isExplicitlyNonTransient(Throwable failure) {
            return !(failure instanceof CommandExecutionException e
                    && e.getDetails().orElse(null) instanceof Refusal refusal && refusal.kind() == Refusal.Kind.CONFLICT);
        }
    }
}

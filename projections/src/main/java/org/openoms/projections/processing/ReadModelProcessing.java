package org.openoms.projections.processing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.sql.SQLTransientException;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.openoms.kernel.order.ConcernsOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How the projections take their events: one order's events in order, and an event a projection cannot
 * apply parked in the dead-letter queue (PostgreSQL) so every other order goes on. Parking is sequenced:
 * the order's later events wait behind the parked one, so nothing is applied out of order.
 */
@Configuration
public class ReadModelProcessing {

    /**
     * Events about an order are sequenced by the order, whichever stream (order, stock item, return) they came
     * from; a processor names this bean as its {@code sequencing-policy}. Stock levels keep Axon's default, per
     * stock item, since a SKU's stream is the order that matters there.
     */
    @Bean
    public SequencingPolicy<EventMessage<?>> perOrderSequencing() {
        return event -> event.getPayload() instanceof ConcernsOrder concerns
                ? concerns.orderId().value()
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    @Autowired
    public void configure(EventProcessingConfigurer configurer) {
        configurer.registerDefaultDeadLetterPolicy(c -> parkUnlessTransient());
    }

    /**
     * A failure of the event itself is parked. A failure of the infrastructure (the database gone or
     * overloaded) is no fault of the event: it is thrown on, so the processor rolls the batch back and retries
     * it, as it does for any other failure outside a handler.
     */
    static EnqueuePolicy<EventMessage<?>> parkUnlessTransient() {
        return (letter, cause) -> {
            if (transientFailure(cause)) {
                throw new InfrastructureUnavailable(cause);
            }
            return Decisions.enqueue(cause);
        };
    }

    static boolean transientFailure(Throwable cause) {
        return Causes.of(cause).stream().anyMatch(t -> t instanceof ReadModelUnavailable
                || t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException || t instanceof SQLTransientException
                || t instanceof java.io.IOException
                || t instanceof ElasticsearchException search && (search.status() >= 500 || search.status() == 429));
    }

    /** Thrown out of the dead-letter policy so the batch is retried instead of the event parked. */
    static final class InfrastructureUnavailable extends RuntimeException {
        InfrastructureUnavailable(Throwable cause) {
            super("infrastructure unavailable, the batch will be retried: " + cause.getMessage(), cause);
        }
    }
}

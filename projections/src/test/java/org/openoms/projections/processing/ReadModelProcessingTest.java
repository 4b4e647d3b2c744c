package org.openoms.projections.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.order.OrderConfirmed;
import org.openoms.kernel.order.OrderId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

class ReadModelProcessingTest {

    private final ReadModelProcessing processing = new ReadModelProcessing();

    @Test
    void sequencesAnOrdersEventsByTheOrderWhicheverStreamTheyCameFrom() {
        var fromStockItem = new GenericDomainEventMessage<>("StockItem", "SKU-1@MAIN", 7,
                new OrderConfirmed(new OrderId("order-42"), Instant.EPOCH));
        assertThat(processing.perOrderSequencing().getSequenceIdentifierFor(fromStockItem)).isEqualTo("order-42");
    }

    @Test
    void sequencesOtherEventsByTheirAggregate() {
        var received = new GenericDomainEventMessage<>("StockItem", "SKU-1@MAIN", 3, "a receipt");
        assertThat(processing.perOrderSequencing().getSequenceIdentifierFor(received)).isEqualTo("SKU-1@MAIN");
    }

    @Test
    void parksAnEventTheReadModelCannotHold() {
        var failure = new DataIntegrityViolationException("value too long for type character varying(200)");
        var decision = ReadModelProcessing.parkUnlessTransient().decide(letter(), failure);
        assertThat(decision.shouldEnqueue()).isTrue();
    }

    @Test
    void retriesTheBatchWhenTheDatabaseOrTheSearchServerDoesNotAnswer() {
        for (Throwable failure : new Throwable[]{new QueryTimeoutException("statement timeout"),
                new UncheckedIOException(new IOException("connection refused")),
                new ReadModelUnavailable("interrupted", new InterruptedException())}) {
            assertThatThrownBy(() -> ReadModelProcessing.parkUnlessTransient().decide(letter(), failure))
                    .isInstanceOf(ReadModelProcessing.InfrastructureUnavailable.class).hasCause(failure);
        }
    }

    private static GenericDeadLetter<org.axonframework.eventhandling.EventMessage<?>> letter() {
        return new GenericDeadLetter<>("order-42", new GenericDomainEventMessage<>("Order", "order-42", 0, "placed"));
    }
}

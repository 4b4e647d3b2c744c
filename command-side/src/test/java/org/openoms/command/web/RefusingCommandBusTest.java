package org.openoms.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.common.BusinessRuleViolation;
import org.openoms.kernel.common.Refusal;

/** The bus's refusals as the sender sees them over any bus: the details, never the handler's exception type. */
class RefusingCommandBusTest {

    private final SimpleCommandBus bus = new RefusingCommandBus(SimpleCommandBus.builder());
    private final AtomicInteger attempts = new AtomicInteger();

    private static final class Rule extends BusinessRuleViolation {
        Rule() {
            super("order-already-cancelled", null, "order o-1 is already cancelled");
        }
    }

    @Test
    void aConflictFoundByTheStoreIsRetriedAndThenSucceeds() {
        bus.subscribe(String.class.getName(), command -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrencyException("another instance appended sequence 11 first");
            }
            return "done";
        });

        Object result = new CommandBusConfiguration().commandGateway(bus).sendAndWait("reserve");

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aConflictThatPersistsArrivesAsAConflictRefusal() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("always behind");
        });

        assertThatThrownBy(() -> new CommandBusConfiguration().commandGateway(bus).sendAndWait("reserve"))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails())
                        .hasValueSatisfying(d -> assertThat(((Refusal) d).kind()).isEqualTo(Refusal.Kind.CONFLICT)));
        assertThat(attempts.get()).isGreaterThan(1);
    }

    @Test
    void aBrokenRuleIsNotRetriedAndCarriesItsCode() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new Rule();
        });

        assertThatThrownBy(() -> new CommandBusConfiguration().commandGateway(bus).sendAndWait("cancel"))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails())
                        .hasValue(new Refusal(Refusal.Kind.RULE, "order-already-cancelled", null,
                                "order o-1 is already cancelled")));
        assertThat(attempts).hasValue(1);
    }
}

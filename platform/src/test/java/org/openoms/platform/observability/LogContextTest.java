package org.openoms.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openoms.kernel.order.OrderId;
import org.openoms.platform.eventstore.AuditMetaData;
import org.slf4j.MDC;

class LogContextTest {

    record ReleaseParcel(OrderId orderId, String parcel) {
    }

    record StockCounted(String sku, long units) {
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aCommandsLogLinesNameItsOrderActorAndCorrelation() throws Exception {
        var command = GenericCommandMessage.asCommandMessage(new ReleaseParcel(new OrderId("o-17"), "P1"))
                .withMetaData(MetaData.with(AuditMetaData.ACTOR, "agent").and(AuditMetaData.CORRELATION_ID, "c-1"));

        Map<String, String> seen = handle(new LogContext("command-bus"), command);

        assertThat(seen).containsEntry(LogContext.ORDER_ID, "o-17").containsEntry(LogContext.ACTOR, "agent")
                .containsEntry(LogContext.CORRELATION_ID, "c-1").containsEntry(LogContext.HANDLER, "command-bus")
                .containsEntry(LogContext.MESSAGE, "ReleaseParcel");
    }

    @Test
    void anEventAboutNoOrderNamesItsAggregateAndStartsItsOwnCorrelation() throws Exception {
        var event = new GenericDomainEventMessage<>("StockItem", "MAIN:SKU-1", 3, new StockCounted("SKU-1", 4));

        Map<String, String> seen = handle(new LogContext("stock-levels"), event);

        assertThat(seen).doesNotContainKey(LogContext.ORDER_ID).containsEntry("aggregateId", "MAIN:SKU-1")
                .containsEntry(LogContext.CORRELATION_ID, event.getIdentifier());
    }

    @Test
    void theThreadsLoggingContextIsGivenBackAfterwards() throws Exception {
        MDC.put(LogContext.ACTOR, "caller");
        var command = GenericCommandMessage.asCommandMessage(new ReleaseParcel(new OrderId("o-18"), "P2"))
                .withMetaData(MetaData.with(AuditMetaData.ACTOR, "system"));

        handle(new LogContext("command-bus"), command);

        assertThat(MDC.get(LogContext.ACTOR)).isEqualTo("caller");
        assertThat(MDC.get(LogContext.ORDER_ID)).isNull();
        assertThat(MDC.get(LogContext.HANDLER)).isNull();
    }

    /** The logging context as the handler saw it. */
    private static Map<String, String> handle(LogContext context, Message<?> message) throws Exception {
        Map<String, String> seen = new HashMap<>();
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            context.handle(unitOfWork, () -> {
                seen.putAll(MDC.getCopyOfContextMap());
                return null;
            });
        } finally {
            unitOfWork.rollback();
        }
        return seen;
    }
}

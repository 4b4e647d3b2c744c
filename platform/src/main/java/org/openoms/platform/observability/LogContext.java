package org.openoms.platform.observability;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.openoms.kernel.order.ConcernsOrder;
import org.openoms.kernel.order.OrderId;
import org.openoms.platform.eventstore.AuditMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Puts what a log line is about into the logging context while a message is handled: the correlation id that
 * joins a request to everything it caused, the actor, the order and the handler (a projection's name, the
 * command bus). Structured logs carry them as fields, beside the trace id. At DEBUG on {@code
 * org.openoms.handled} it also writes one line per message handled, which is how one order's event is found
 * in a projection's log.
 */
public final class LogContext implements MessageHandlerInterceptor<Message<?>> {

    public static final String CORRELATION_ID = "correlationId";
    public static final String ACTOR = "actor";
    public static final String ORDER_ID = "orderId";
    public static final String HANDLER = "handler";
    public static final String MESSAGE = "messageType";

    private static final Logger HANDLED = LoggerFactory.getLogger("org.openoms.handled");

    /** The order a command or event names, by its {@code orderId} component: looked up once per message class. */
    private static final ClassValue<Function<Object, OrderId>> ORDER_OF = new ClassValue<>() {
        @Override
        protected Function<Object, OrderId> computeValue(Class<?> type) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("orderId") && component.getType() == OrderId.class) {
                        return payload -> {
                            try {
                                return (OrderId) component.getAccessor().invoke(payload);
                            } catch (ReflectiveOperationException e) {
                                return null;
                            }
                        };
                    }
                }
            }
            return payload -> null;
        }
    };

    private final String handler;

    public LogContext(String handler) {
        this.handler = handler;
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Map<String, String> context = contextOf(message);
        Map<String, String> previous = new HashMap<>();
        context.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
        try {
            Object result = chain.proceed();
            HANDLED.debug("handled {}", context.get(MESSAGE));
            return result;
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }

    private Map<String, String> contextOf(Message<?> message) {
        Map<String, String> context = new HashMap<>();
        context.put(HANDLER, handler);
        context.put(MESSAGE, message.getPayloadType().getSimpleName());
        Object correlation = message.getMetaData().get(AuditMetaData.CORRELATION_ID);
        // a message nothing caused starts its own correlation (MessageOriginProvider gives its events this id)
        context.put(CORRELATION_ID, correlation != null ? correlation.toString() : message.getIdentifier());
        Object actor = message.getMetaData().get(AuditMetaData.ACTOR);
        if (actor != null) {
            context.put(ACTOR, actor.toString());
        }
        OrderId order = orderOf(message);
        if (order != null) {
            context.put(ORDER_ID, order.value());
        } else if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
            context.put("aggregateId", event.getAggregateIdentifier());
        }
        return context;
    }

    private static OrderId orderOf(Message<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof ConcernsOrder concerns) {
            return concerns.orderId();
        }
        return payload == null ? null : ORDER_OF.get(payload.getClass()).apply(payload);
    }
}

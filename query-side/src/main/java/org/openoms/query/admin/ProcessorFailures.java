package org.openoms.query.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The last failure of each projection's batch, for the status. A pooled processor gives up a segment whose
 * batch failed and claims it again after a back-off, so its own status forgets the error in between; the
 * failure is still propagated, so the batch is retried and nothing is lost.
 */
@Component
class ProcessorFailures implements ErrorHandler {

    record Failure(Throwable error, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Failure> last = new ConcurrentHashMap<>();

    ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    @Autowired
    void recordEveryBatchFailure(EventProcessingConfigurer configurer) {
        configurer.registerDefaultErrorHandler(configuration -> this);
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        last.put(context.eventProcessor(), new Failure(context.error(), clock.instant()));
        PropagatingErrorHandler.instance().handleError(context);
    }

    /** The last failure of the processor if it came after {@code since}, else null. */
    Throwable after(String processor, Instant since) {
        Failure failure = last.get(processor);
        return failure != null && failure.at().isAfter(since) ? failure.error() : null;
    }
}

package org.openoms.platform.web;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/** The trace the current thread works for, as people quote it: 32 hex digits, the W3C trace id. */
public final class Traces {

    /** The response header that tells a caller the trace of its request, to quote when asking what happened. */
    public static final String TRACE_ID_HEADER = "X-Trace-Id";

    private Traces() {
    }

    public static Optional<String> currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}

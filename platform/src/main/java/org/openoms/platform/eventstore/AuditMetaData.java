package org.openoms.platform.eventstore;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/** The metadata keys of the audit trail: who did it and why. Axon adds correlation and trace ids. */
public final class AuditMetaData {

    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";

    private AuditMetaData() {
    }

    public static MetaData of(String actor, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put(ACTOR, actor);
        if (reason != null && !reason.isBlank()) {
            values.put(REASON, reason);
        }
        return MetaData.from(values);
    }
}

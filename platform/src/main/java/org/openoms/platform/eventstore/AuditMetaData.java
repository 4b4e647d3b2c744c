package org.openoms.platform.eventstore;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/** The metadata keys of the audit trail: who did it and why. Axon adds correlation and trace ids. */
public final class AuditMetaData {

    public static final String ACTOR = "actor";
    /** The actor's stable identity (the token's subject); {@link #ACTOR} is its name as people read it. */
    public static final String ACTOR_ID = "actorId";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    /** The actor of what the OMS does by itself: processes reacting to events, deadlines. */
    public static final String SYSTEM = "system";

    private AuditMetaData() {
    }

    public static MetaData of(String actorId, String actor, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put(ACTOR_ID, actorId);
        values.put(ACTOR, actor);
        if (reason != null && !reason.isBlank()) {
            values.put(REASON, reason);
        }
        return MetaData.from(values);
    }
}

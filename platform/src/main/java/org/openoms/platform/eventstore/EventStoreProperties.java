package org.openoms.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the PostgreSQL event store.
 *
 * @param fetchDelay   how long a reader waits before asking the store again when it found nothing new
 * @param batchSize    events read per query
 * @param gapTimeout   how long a gap in the global index is waited for (an append still committing)
 * @param maxGapOffset how far behind the head a gap is still tracked
 */
@ConfigurationProperties("oms.event-store")
public record EventStoreProperties(@DefaultValue("25ms") Duration fetchDelay,
                                   @DefaultValue("500") int batchSize,
                                   @DefaultValue("60s") Duration gapTimeout,
                                   @DefaultValue("10000") int maxGapOffset) {
}

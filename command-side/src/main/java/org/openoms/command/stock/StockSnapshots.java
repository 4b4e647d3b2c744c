package org.openoms.command.stock;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without snapshots every reservation of a best-selling SKU replays its whole history: loading grows
 * with sales. A snapshot every 50 events keeps a load to at most 50 events after the snapshot.
 */
@Configuration
class StockSnapshots {

    static final String TRIGGER = "stockItemSnapshotTrigger";
    private static final int EVENTS_BETWEEN_SNAPSHOTS = 50;

    @Bean(TRIGGER)
    SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}

package org.openoms.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event store both applications share. On the default (embedded) set-up it is Axon's JPA engine
 * on PostgreSQL; with {@code axon.axonserver.enabled=true} Axon Server takes its place and these
 * beans step aside.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JpaEventStoreAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
// Axon registers its event entities only with its own storage engine; ours replaces it, so register them here
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStoreAutoConfiguration {

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * Who did it and why travels from a command to the events it causes. What a process sends in reaction to
     * an event (the fulfilment saga) or to a deadline (escalation) is the system's doing: it carries the
     * system actor, and the originating correlation id through {@link MessageOriginProvider}.
     */
    @Bean
    public CorrelationDataProvider auditTrailProvider() {
        CorrelationDataProvider fromCaller = new SimpleCorrelationDataProvider(AuditMetaData.ACTOR_ID,
                AuditMetaData.ACTOR, AuditMetaData.REASON);
        return message -> message instanceof EventMessage<?>
                ? Map.of(AuditMetaData.ACTOR_ID, AuditMetaData.SYSTEM, AuditMetaData.ACTOR, AuditMetaData.SYSTEM)
                : fromCaller.correlationDataFor(message);
    }

    /**
     * A handler that fails must not lose the event: the processor retries the batch (with back-off)
     * instead of logging and moving on, so read models never silently miss an event.
     */
    @Autowired
    public void retryFailedEvents(EventProcessingConfigurer configurer) {
        configurer.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** The merchant's time zone: "today" for despatch lights and report days is counted in it. */
    @Bean
    @ConditionalOnMissingBean
    public ZoneId merchantTimeZone(@Value("${oms.merchant.time-zone:Europe/London}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager,
                                                 EventStoreProperties properties) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .batchSize(properties.batchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .build();
    }

    /** Polls the store often enough that the query side sees a new event in milliseconds, not a second. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public EventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                 EventStoreProperties properties) {
        Duration fetchDelay = properties.fetchDelay();
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }
}

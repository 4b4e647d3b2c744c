package org.openoms.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event store both applications share, and where each keeps its processors' tokens and its sagas. On
 * the default (embedded) set-up events are in PostgreSQL through Axon's JDBC engine; with
 * {@code axon.axonserver.enabled=true} Axon Server takes its place and the event beans step aside (tokens
 * and sagas stay in PostgreSQL). Axon's JDBC stores, not its JPA ones: the profile of the order journey
 * had Hibernate (building queries, flushing entities) as the largest single cost of the command side, for
 * the same rows. The tables are those of the JPA stores, so either reads the other's data.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JpaEventStoreAutoConfiguration.class,
        JpaAutoConfiguration.class, JdbcAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index").timestampColumn("time_stamp").eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
            .typeColumn("type").payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
            .payloadColumn("payload").metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKENS = TokenSchema.builder()
            .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
            .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    static final SagaSchema SAGAS = SagaSchema.builder()
            .sagaEntryTable("saga_entry").associationValueEntryTable("association_value_entry")
            .sagaIdColumn("saga_id").revisionColumn("revision").sagaTypeColumn("saga_type")
            .serializedSagaColumn("serialized_saga").associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

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

    /** Statements join the transaction Spring has open (the one JPA read models and JdbcTemplate use). */
    private static ConnectionProvider connections(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 DataSource dataSource,
                                                 TransactionManager transactionManager,
                                                 EventStoreProperties properties) {
        // the global index comes from the column's default, the sequence counting by one (migration V2)
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections(dataSource))
                .transactionManager(transactionManager)
                .schema(EVENTS)
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .build();
    }

    /** Each application's processor positions and segment claims, in its own schema's token_entry. */
    @Bean
    @ConditionalOnMissingBean
    public TokenStore tokenStore(DataSource dataSource, @Qualifier("serializer") Serializer serializer,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections(dataSource))
                .serializer(serializer)
                .schema(TOKENS)
                .contentType(byte[].class)
                .claimTimeout(claimTimeout)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    public SagaStore<Object> sagaStore(DataSource dataSource, @Qualifier("serializer") Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connections(dataSource))
                .sqlSchema(new PostgresSagaSqlSchema(SAGAS))
                .serializer(serializer)
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
                // carries the trace of whatever appends an event into its metadata
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }
}

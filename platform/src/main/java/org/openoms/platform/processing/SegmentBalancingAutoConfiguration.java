package org.openoms.platform.processing;

import java.time.Duration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances of one application share every pooled processor's segments ({@link SegmentBalancer}).
 * It stays on with Axon Server too: tokens are kept in the application's database in both modes, and Axon
 * Server's own balancing is not part of its free edition. {@code oms.processing.balance-segments=false}
 * turns it off where something else places the segments.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnProperty(name = "oms.processing.balance-segments", havingValue = "true", matchIfMissing = true)
public class SegmentBalancingAutoConfiguration {

    @Bean
    public SegmentBalancer segmentBalancer(JdbcTemplate jdbc, TokenStore tokenStore, TransactionManager transactions,
                                           @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return new SegmentBalancer(jdbc, tokenStore, transactions, claimTimeout);
    }

    /** Every pooled processor asks the balancer how many segments it may hold; resolved when Axon builds them. */
    @Autowired
    public void limitClaimsToFairShare(EventProcessingConfigurer configurer, ObjectProvider<SegmentBalancer> balancer) {
        configurer.registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxSegmentProvider(balancer.getObject()));
    }
}

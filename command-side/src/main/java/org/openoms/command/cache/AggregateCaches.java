package org.openoms.command.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One cache per aggregate type, named in its {@code @Aggregate(cache = ...)}. */
@Configuration
public class AggregateCaches {

    public static final String ORDERS = "recentOrders";
    public static final String STOCK_ITEMS = "recentStockItems";
    public static final String RETURNS = "recentReturns";

    @Bean(ORDERS)
    RecentAggregates recentOrders(@Value("${oms.aggregate-cache.orders:5000}") int capacity) {
        return new RecentAggregates(capacity);
    }

    @Bean(STOCK_ITEMS)
    RecentAggregates recentStockItems(@Value("${oms.aggregate-cache.stock-items:5000}") int capacity) {
        return new RecentAggregates(capacity);
    }

    @Bean(RETURNS)
    RecentAggregates recentReturns(@Value("${oms.aggregate-cache.returns:1000}") int capacity) {
        return new RecentAggregates(capacity);
    }
}

package org.openoms.command.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentAggregatesTest {

    @Test
    void theLeastRecentlyUsedLeavesFirstWhenFull() {
        var cache = new RecentAggregates(2);
        cache.put("SKU-1@MAIN", "one");
        cache.put("SKU-2@MAIN", "two");
        cache.get("SKU-1@MAIN");

        cache.put("SKU-3@MAIN", "three");

        assertThat(cache.containsKey("SKU-1@MAIN")).isTrue();
        assertThat(cache.containsKey("SKU-2@MAIN")).isFalse();
        assertThat(cache.containsKey("SKU-3@MAIN")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryIsLoadedAfresh() {
        var cache = new RecentAggregates(10);
        cache.put("order-1", "v1");

        assertThat(cache.remove("order-1")).isTrue();

        assertThat((Object) cache.get("order-1")).isNull();
        assertThat(cache.putIfAbsent("order-1", "v2")).isTrue();
        assertThat(cache.putIfAbsent("order-1", "v3")).isFalse();
        assertThat((Object) cache.get("order-1")).isEqualTo("v2");
    }

    @Test
    void listenersAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> new RecentAggregates(1).registerCacheEntryListener(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

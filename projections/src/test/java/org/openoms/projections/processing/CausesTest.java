package org.openoms.projections.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void listsAFailureAndItsCausesOutermostFirst() {
        var root = new IllegalStateException("root");
        var outer = new RuntimeException("outer", new IllegalArgumentException("middle", root));
        assertThat(Causes.of(outer)).extracting(Throwable::getMessage).containsExactly("outer", "middle", "root");
    }

    @Test
    void stopsWhereTheChainLoopsBack() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(Causes.of(first)).containsExactly(first, second);
    }
}

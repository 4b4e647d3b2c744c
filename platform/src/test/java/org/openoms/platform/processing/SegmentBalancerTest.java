package org.openoms.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentBalancerTest {

    @Test
    void aLoneInstanceHoldsEverySegment() {
        assertThat(SegmentBalancer.fairShare(2, 1)).isEqualTo(2);
    }

    @Test
    void twoInstancesHoldHalfEach() {
        assertThat(SegmentBalancer.fairShare(2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(4, 2)).isEqualTo(2);
    }

    @Test
    void anUnevenSplitStillLeavesEverySegmentAClaimant() {
        assertThat(SegmentBalancer.fairShare(4, 3)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(2, 3)).isEqualTo(1);
    }

    @Test
    void noLimitBeforeTheProcessorsSegmentsAreKnown() {
        assertThat(SegmentBalancer.fairShare(0, 2)).isEqualTo(Short.MAX_VALUE);
    }
}

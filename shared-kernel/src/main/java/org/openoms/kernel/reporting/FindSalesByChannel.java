package org.openoms.kernel.reporting;

import java.time.LocalDate;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;

/** Sales per day (or month) and channel for a date range, both ends included, in the merchant's days. */
public record FindSalesByChannel(LocalDate from, LocalDate to, Channel channel, Granularity granularity) {

    public FindSalesByChannel {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(granularity, "granularity");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }
}

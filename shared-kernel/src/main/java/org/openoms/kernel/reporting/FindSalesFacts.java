package org.openoms.kernel.reporting;

import java.time.LocalDate;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.Channel;

/** The orders and events behind one cell of the sales report. */
public record FindSalesFacts(LocalDate period, Granularity granularity, Channel channel, String currency) {

    public FindSalesFacts {
        Require.present(period, "period");
        Require.present(granularity, "granularity");
        Require.present(channel, "channel");
        currency = Require.optionalText(currency, "currency", 3);
    }
}

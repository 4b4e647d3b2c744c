package org.openoms.command.channel;

import org.openoms.kernel.order.Channel;

/** What an adapter makes of its platform's order payload. */
public interface ChannelOrderReader {

    Channel channel();

    /** The order, or {@link UnreadableOrder} saying what in the payload is wrong. */
    ChannelOrder read(String payload) throws UnreadableOrder;

    /** A payload that cannot become an order as it is; the message is shown on the needs-attention list. */
    final class UnreadableOrder extends Exception {
        public UnreadableOrder(String reason) {
            super(reason);
        }
    }
}

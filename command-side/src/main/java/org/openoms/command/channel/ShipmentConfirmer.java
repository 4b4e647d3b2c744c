package org.openoms.command.channel;

import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.kernel.order.Channel;

/** The port through which a channel is told that its order left: one adapter per platform. */
public interface ShipmentConfirmer {

    Channel channel();

    /** Tells the channel; the channel's reference for the acknowledged despatch. */
    String confirm(Account account, String channelOrderId, String carrier, String trackingNumber)
            throws ChannelUnavailable;
}

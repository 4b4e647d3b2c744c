package org.openoms.command.channel.magento;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.openoms.command.channel.ShipmentConfirmer;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Tells a Magento 2 store an order left: {@code POST /rest/V1/order/{id}/ship} with the whole order, one track
 * (carrier as its title, Magento's "custom" carrier code) and the customer notified. Magento answers the new
 * shipment's id.
 */
@Component
class MagentoShipments implements ShipmentConfirmer {

    private final MagentoApi api;
    private final ObjectMapper json;

    MagentoShipments(MagentoApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.MAGENTO;
    }

    @Override
    public String confirm(Account store, String orderId, String carrier, String trackingNumber) throws ChannelUnavailable {
        ObjectNode body = json.createObjectNode().put("notify", true);
        body.putArray("tracks").addObject().put("track_number", trackingNumber).put("title", carrier)
                .put("carrier_code", "custom");
        var answer = api.post(store, "/rest/V1/order/" + PlatformApi.query(orderId) + "/ship", body);
        return "shipment " + answer.body().replace("\"", "").strip();
    }
}

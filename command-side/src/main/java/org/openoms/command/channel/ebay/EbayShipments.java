package org.openoms.command.channel.ebay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.openoms.command.channel.ShipmentConfirmer;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Tells eBay an order left: Sell Fulfillment API {@code createShippingFulfillment} with every line item of the
 * order, the carrier (eBay's code is the carrier's name without spaces: "Royal Mail" is RoyalMail) and the
 * tracking number. eBay names the fulfillment it made in the answer's Location.
 */
@Component
class EbayShipments implements ShipmentConfirmer {

    private final EbayApi api;
    private final ObjectMapper json;
    private final Clock clock;

    EbayShipments(EbayApi api, ObjectMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EBAY;
    }

    @Override
    public String confirm(Account seller, String orderId, String carrier, String trackingNumber) throws ChannelUnavailable {
        String order = "/sell/fulfillment/v1/order/" + PlatformApi.query(orderId);
        ObjectNode body = json.createObjectNode();
        ArrayNode lines = body.putArray("lineItems");
        for (JsonNode item : api.get(seller, order).path("lineItems")) {
            lines.addObject().put("lineItemId", item.path("lineItemId").asText()).put("quantity", item.path("quantity").asInt());
        }
        if (lines.isEmpty()) {
            throw new ChannelUnavailable("eBay lists no line items for order " + orderId, null);
        }
        body.put("shippedDate", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString())
                .put("shippingCarrierCode", carrier.replace(" ", "")).put("trackingNumber", trackingNumber);
        String location = api.post(seller, order + "/shipping_fulfillment", body).headers().firstValue("Location").orElse("");
        return "shipping fulfillment " + location.substring(location.lastIndexOf('/') + 1);
    }
}

package org.openoms.command.channel.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.openoms.command.channel.ShipmentConfirmer;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Tells Amazon a seller-fulfilled order left: Orders v0 {@code confirmShipment} with one package holding every
 * item of the order, the carrier (one of Amazon's carrier codes, else "Other" with the carrier's name) and the
 * tracking number.
 */
@Component
class AmazonShipments implements ShipmentConfirmer {

    /** Carriers Amazon names by code; any other goes as "Other" with its name. */
    private static final List<String> CARRIER_CODES = List.of("Royal Mail", "Parcelforce", "DPD", "DHL", "UPS", "USPS",
            "FedEx", "Hermes", "Evri", "Yodel", "Amazon Shipping", "GLS", "Deutsche Post", "La Poste", "Colissimo");

    private final AmazonApi api;
    private final ObjectMapper json;
    private final Clock clock;

    AmazonShipments(AmazonApi api, ObjectMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.AMAZON;
    }

    @Override
    public String confirm(Account seller, String orderId, String carrier, String trackingNumber) throws ChannelUnavailable {
        String order = "/orders/v0/orders/" + PlatformApi.query(orderId);
        ObjectNode body = json.createObjectNode().put("marketplaceId", AmazonApi.setting(seller, "marketplace-id"));
        ObjectNode parcel = body.putObject("packageDetail").put("packageReferenceId", "1")
                .put("trackingNumber", trackingNumber).put("shipDate", clock.instant().toString());
        String code = CARRIER_CODES.stream().filter(c -> c.equalsIgnoreCase(carrier)).findFirst().orElse("Other");
        parcel.put("carrierCode", code);
        if (code.equals("Other")) {
            parcel.put("carrierName", carrier);
        }
        ArrayNode items = parcel.putArray("orderItems");
        String next = null;
        do {
            JsonNode page = api.get(seller, order + "/orderItems" + (next == null ? "" : "?NextToken=" + PlatformApi.query(next)))
                    .path("payload");
            page.path("OrderItems").forEach(item -> items.addObject()
                    .put("orderItemId", item.path("OrderItemId").asText())
                    .put("quantity", item.path("QuantityOrdered").asInt()));
            next = page.path("NextToken").asText("");
        } while (!next.isEmpty() && items.size() < 1000);
        if (items.isEmpty()) {
            throw new ChannelUnavailable("Amazon lists no items for order " + orderId, null);
        }
        api.post(seller, order + "/shipmentConfirmation", body);
        return "shipment confirmed, " + items.size() + " items";
    }
}

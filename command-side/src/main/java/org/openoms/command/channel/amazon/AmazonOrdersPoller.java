package org.openoms.command.channel.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelPoller;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * Amazon's orders through the Selling Partner API, Orders v0: {@code getOrders} by LastUpdatedAfter for the
 * account's marketplace, page by page (NextToken), and {@code getOrderItems} for each order the seller ships
 * itself once it is paid (Unshipped). The next poll starts at the LastUpdatedBefore Amazon answered with.
 * Orders Amazon fulfils (AFN) and orders not paid yet (Pending) are not the OMS's to act on; Canceled cancels.
 */
@Component
class AmazonOrdersPoller implements ChannelPoller {

    private static final Set<String> TO_SHIP = Set.of("Unshipped", "PartiallyShipped");
    /** The first poll of an account looks this far back. */
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final AmazonApi api;
    private final ObjectMapper json;
    private final Clock clock;

    AmazonOrdersPoller(AmazonApi api, ObjectMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.AMAZON;
    }

    @Override
    public Page poll(Account seller, String cursor) throws ChannelUnavailable {
        String marketplace = AmazonApi.setting(seller, "marketplace-id");
        ObjectNode at = ChannelPoller.cursor(json, cursor);
        String since = at.path("since").asText(clock.instant().minus(FIRST_LOOK_BACK).toString());
        String next = at.path("nextToken").asText(null);
        String query = "?MarketplaceIds=" + PlatformApi.query(marketplace) + (next != null
                ? "&NextToken=" + PlatformApi.query(next)
                : "&LastUpdatedAfter=" + PlatformApi.query(since) + "&MaxResultsPerPage=100");
        JsonNode payload = api.get(seller, "/orders/v0/orders" + query).path("payload");
        List<Polled> orders = new ArrayList<>();
        for (JsonNode order : payload.path("Orders")) {
            orders.add(polled(seller, order));
        }
        String nextToken = payload.path("NextToken").asText("");
        ObjectNode following = json.createObjectNode();
        if (!nextToken.isEmpty()) {
            following.put("since", since).put("nextToken", nextToken);
            return new Page(orders, following.toString(), true);
        }
        following.put("since", payload.path("LastUpdatedBefore").asText(since));
        return new Page(orders, following.toString(), false);
    }

    private Polled polled(Account seller, JsonNode order) throws ChannelUnavailable {
        String id = order.path("AmazonOrderId").asText("");
        String status = order.path("OrderStatus").asText("");
        if ("AFN".equals(order.path("FulfillmentChannel").asText())) {
            return new Polled(id, Action.SKIP, null, "fulfilled by Amazon");
        }
        if ("Canceled".equals(status)) {
            return new Polled(id, Action.CANCEL, order.toString(), "cancelled on Amazon");
        }
        if (!TO_SHIP.contains(status) || id.isEmpty()) {
            return new Polled(id, Action.SKIP, null, "status " + status);
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.set("order", order);
        ArrayNode items = envelope.putArray("items");
        String next = null;
        do {
            String path = "/orders/v0/orders/" + PlatformApi.query(id) + "/orderItems"
                    + (next == null ? "" : "?NextToken=" + PlatformApi.query(next));
            JsonNode page = api.get(seller, path).path("payload");
            page.path("OrderItems").forEach(items::add);
            next = page.path("NextToken").asText("");
        } while (!next.isEmpty() && items.size() < 1000);
        return new Polled(id, Action.PLACE, envelope.toString(), null);
    }
}

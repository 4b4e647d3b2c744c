package org.openoms.command.channel.ebay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelPoller;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.openoms.kernel.order.Channel;
import org.springframework.stereotype.Component;

/**
 * eBay's orders through the Sell Fulfillment API: {@code getOrders} filtered by last modified date, 200 a page
 * (offset), from where the last poll began, less a minute, since eBay's clock and ours may differ (placing is
 * idempotent). Paid orders not yet fulfilled are placed; cancelled ones cancel; the rest are not the OMS's.
 */
@Component
class EbayOrdersPoller implements ChannelPoller {

    private static final int PAGE = 200;
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final EbayApi api;
    private final ObjectMapper json;
    private final Clock clock;

    EbayOrdersPoller(EbayApi api, ObjectMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EBAY;
    }

    @Override
    public Page poll(Account seller, String cursor) throws ChannelUnavailable {
        JsonNode at = ChannelPoller.cursor(json, cursor);
        Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String since = at.path("since").asText(started.minus(FIRST_LOOK_BACK).toString());
        String pollStarted = at.path("pollStarted").asText(started.toString());
        int offset = at.path("offset").asInt(0);
        JsonNode page = api.get(seller, "/sell/fulfillment/v1/order?filter="
                + PlatformApi.query("lastmodifieddate:[" + since + "..]") + "&limit=" + PAGE + "&offset=" + offset);
        List<Polled> orders = new ArrayList<>();
        for (JsonNode order : page.path("orders")) {
            orders.add(polled(order));
        }
        boolean more = page.hasNonNull("next") && !page.path("next").asText().isEmpty() && !orders.isEmpty();
        var following = json.createObjectNode();
        if (more) {
            following.put("since", since).put("pollStarted", pollStarted).put("offset", offset + orders.size());
        } else {
            following.put("since", Instant.parse(pollStarted).minus(OVERLAP).toString());
        }
        return new Page(orders, following.toString(), more);
    }

    private static Polled polled(JsonNode order) {
        String id = order.path("orderId").asText("");
        if ("CANCELED".equals(order.path("cancelStatus").path("cancelState").asText())) {
            return new Polled(id, Action.CANCEL, order.toString(), "cancelled on eBay");
        }
        if (!"PAID".equals(order.path("orderPaymentStatus").asText())) {
            return new Polled(id, Action.SKIP, null, "payment " + order.path("orderPaymentStatus").asText());
        }
        if (!"NOT_STARTED".equals(order.path("orderFulfillmentStatus").asText())) {
            return new Polled(id, Action.SKIP, null, "fulfilment " + order.path("orderFulfillmentStatus").asText());
        }
        return new Polled(id, Action.PLACE, order.toString(), null);
    }
}

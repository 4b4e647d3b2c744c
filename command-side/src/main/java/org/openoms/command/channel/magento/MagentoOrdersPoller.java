package org.openoms.command.channel.magento;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * A Magento 2 store's orders through {@code GET /rest/V1/orders} with search criteria: updated since the last
 * poll began (less a minute: placing is idempotent), oldest first, 100 a page. Orders in state processing
 * (paid) are placed, canceled ones cancel, the rest are not the OMS's yet.
 */
@Component
class MagentoOrdersPoller implements ChannelPoller {

    /** Magento's times: UTC, without an offset. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE = 100;
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final MagentoApi api;
    private final ObjectMapper json;
    private final Clock clock;

    MagentoOrdersPoller(MagentoApi api, ObjectMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.MAGENTO;
    }

    @Override
    public Page poll(Account store, String cursor) throws ChannelUnavailable {
        JsonNode at = ChannelPoller.cursor(json, cursor);
        LocalDateTime started = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        String since = at.path("since").asText(started.minus(FIRST_LOOK_BACK).format(TIME));
        String pollStarted = at.path("pollStarted").asText(started.format(TIME));
        int page = at.path("page").asInt(1);
        String criteria = "searchCriteria[filter_groups][0][filters][0][field]=updated_at"
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + PlatformApi.query(since)
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=gteq"
                + "&searchCriteria[sortOrders][0][field]=updated_at&searchCriteria[sortOrders][0][direction]=ASC"
                + "&searchCriteria[pageSize]=" + PAGE + "&searchCriteria[currentPage]=" + page;
        JsonNode answer = api.get(store, "/rest/V1/orders?" + criteria.replace("[", "%5B").replace("]", "%5D"));
        List<Polled> orders = new ArrayList<>();
        for (JsonNode order : answer.path("items")) {
            orders.add(polled(order));
        }
        boolean more = (long) page * PAGE < answer.path("total_count").asLong(0) && !orders.isEmpty();
        var following = json.createObjectNode();
        if (more) {
            following.put("since", since).put("pollStarted", pollStarted).put("page", page + 1);
        } else {
            following.put("since", LocalDateTime.parse(pollStarted, TIME).minus(OVERLAP).format(TIME));
        }
        return new Page(orders, following.toString(), more);
    }

    private static Polled polled(JsonNode order) {
        String id = order.path("entity_id").asText("");
        return switch (order.path("state").asText("")) {
            case "processing" -> new Polled(id, Action.PLACE, order.toString(), null);
            case "canceled" -> new Polled(id, Action.CANCEL, order.toString(), "cancelled on Magento");
            default -> new Polled(id, Action.SKIP, null, "state " + order.path("state").asText());
        };
    }
}

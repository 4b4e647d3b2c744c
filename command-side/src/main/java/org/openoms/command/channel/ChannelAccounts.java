package org.openoms.command.channel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openoms.kernel.order.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's accounts on the channels (README "Channels"): what each is called here, how its webhooks
 * are signed, where its API answers, and the despatch promise for its orders.
 */
@ConfigurationProperties("oms.channels")
public record ChannelAccounts(List<Account> accounts) {

    public ChannelAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param name           how the OMS names the account (letters, digits, '-'; part of its order ids)
     * @param webhookSecret  the key the platform signs its webhooks with
     * @param apiUrl         the platform's API for this account (a shop's own domain on Shopify)
     * @param accessToken    the API token ship confirmations are sent with
     * @param despatchWithin from the channel's order time to the despatch deadline
     * @param deliverWithin  from the channel's order time to the delivery deadline
     * @param settings       what only one platform needs (Amazon: marketplace-id, client-id, client-secret,
     *                       refresh-token, token-url)
     */
    public record Account(Channel channel, String name, String webhookSecret, String apiUrl, String accessToken,
                          Duration despatchWithin, Duration deliverWithin, Map<String, String> settings) {

        public Account {
            if (channel == null || name == null || !name.matches("[a-z0-9-]{1,24}")) {
                throw new IllegalArgumentException("oms.channels.accounts: every account needs a channel and a name of "
                        + "1 to 24 lower-case letters, digits or '-', was " + channel + " " + name);
            }
            despatchWithin = despatchWithin == null ? Duration.ofHours(24) : despatchWithin;
            deliverWithin = deliverWithin == null ? Duration.ofDays(5) : deliverWithin;
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }

        /** A platform setting the account must have. */
        public String setting(String key) {
            String value = settings.get(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("oms.channels.accounts: " + channel + " " + name + " needs settings." + key);
            }
            return value;
        }
    }

    public Optional<Account> find(Channel channel, String name) {
        return accounts.stream().filter(a -> a.channel() == channel && a.name().equals(name)).findFirst();
    }

    /** An order a channel account placed, and the channel's own id of it. */
    public record Placed(Account account, String channelOrderId) {
    }

    /**
     * The account whose order this is, by the id the intake gave it ({@code shopify-main-450789469}); the longest
     * account name that fits wins, since names may hold '-'.
     */
    public Optional<Placed> placedBy(String orderId) {
        return accounts.stream()
                .filter(a -> orderId.startsWith(prefix(a)) && orderId.length() > prefix(a).length())
                .max(java.util.Comparator.comparingInt(a -> a.name().length()))
                .map(a -> new Placed(a, orderId.substring(prefix(a).length())));
    }

    static String prefix(Account account) {
        return account.channel().name().toLowerCase(java.util.Locale.ROOT) + "-" + account.name() + "-";
    }
}

package org.openoms.command.channel.ebay;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.springframework.stereotype.Component;

/**
 * eBay's Sell APIs for one seller: a user access token for the sell.fulfillment scope from the account's
 * refresh token (the app's client id and secret as HTTP Basic), sent as a bearer token.
 */
@Component
class EbayApi extends PlatformApi {

    static final String DEFAULT_TOKEN_URL = "https://api.ebay.com/identity/v1/oauth2/token";
    private static final String SCOPE = "https://api.ebay.com/oauth/api_scope/sell.fulfillment";

    EbayApi(ObjectMapper json, Clock clock) {
        super(json, clock, "eBay");
    }

    @Override
    protected HttpRequest tokenRequest(Account seller) throws ChannelUnavailable {
        String client = Base64.getEncoder().encodeToString((setting(seller, "client-id") + ":"
                + setting(seller, "client-secret")).getBytes(StandardCharsets.UTF_8));
        return form(seller.settings().getOrDefault("token-url", DEFAULT_TOKEN_URL),
                "grant_type=refresh_token&refresh_token=" + query(setting(seller, "refresh-token")) + "&scope=" + query(SCOPE))
                .header("Authorization", "Basic " + client).build();
    }

    @Override
    protected HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return request.header("Authorization", "Bearer " + accessToken);
    }
}

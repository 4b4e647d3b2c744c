package org.openoms.command.channel.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Clock;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.springframework.stereotype.Component;

/**
 * Amazon's Selling Partner API for one seller account: a Login with Amazon access token from the account's
 * refresh token and the app's client id and secret, sent as {@code x-amz-access-token}.
 */
@Component
class AmazonApi extends PlatformApi {

    static final String DEFAULT_TOKEN_URL = "https://api.amazon.com/auth/o2/token";

    AmazonApi(ObjectMapper json, Clock clock) {
        super(json, clock, "Amazon");
    }

    @Override
    protected HttpRequest tokenRequest(Account seller) throws ChannelUnavailable {
        return form(seller.settings().getOrDefault("token-url", DEFAULT_TOKEN_URL),
                "grant_type=refresh_token&refresh_token=" + query(setting(seller, "refresh-token"))
                        + "&client_id=" + query(setting(seller, "client-id"))
                        + "&client_secret=" + query(setting(seller, "client-secret"))).build();
    }

    @Override
    protected HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return request.header("x-amz-access-token", accessToken);
    }
}

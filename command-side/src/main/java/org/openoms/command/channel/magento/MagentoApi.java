package org.openoms.command.channel.magento;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Clock;
import org.openoms.command.channel.ChannelAccounts.Account;
import org.openoms.command.channel.ChannelUnavailable;
import org.openoms.command.channel.PlatformApi;
import org.springframework.stereotype.Component;

/** A Magento 2 store's REST API, with the access token of an integration the merchant made for the OMS. */
@Component
class MagentoApi extends PlatformApi {

    MagentoApi(ObjectMapper json, Clock clock) {
        super(json, clock, "Magento");
    }

    @Override
    protected String token(Account store) throws ChannelUnavailable {
        if (store.accessToken() == null || store.accessToken().isBlank()) {
            throw new ChannelUnavailable("the store has no access-token (System > Integrations in Magento's admin)", null);
        }
        return store.accessToken();
    }

    @Override
    protected HttpRequest tokenRequest(Account store) {
        throw new UnsupportedOperationException("an integration's token does not expire");
    }

    @Override
    protected HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return request.header("Authorization", "Bearer " + accessToken);
    }
}

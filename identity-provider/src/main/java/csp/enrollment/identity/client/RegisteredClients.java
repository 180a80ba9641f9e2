package csp.enrollment.identity.client;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

import csp.enrollment.identity.IdentitySettings;

/** The configured clients as Spring Authorization Server registrations. */
public final class RegisteredClients {

    private RegisteredClients() {
    }

    public static RegisteredClientRepository from(IdentitySettings settings) {
        List<RegisteredClient> clients = settings.clients()
            .stream()
            .map(client -> registration(client, settings))
            .toList();
        if (clients.isEmpty()) {
            throw new IllegalStateException("identity.clients is empty: no client could ask for a token");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient registration(IdentitySettings.Client client, IdentitySettings settings) {
        if (!StringUtils.hasText(client.clientId()) || !StringUtils.hasText(client.secret())) {
            throw new IllegalStateException("Every identity.clients entry needs a client-id and a secret");
        }
        RegisteredClient.Builder registration = RegisteredClient.withId(client.clientId())
            .clientId(client.clientId())
            .clientSecret(client.secret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .scopes(scopes -> scopes.addAll(client.scopes()))
            .redirectUris(uris -> uris.addAll(client.redirectUris()))
            .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
            // PKCE for every authorization code; no consent page: the clients are the
            // product's own.
            .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
            .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(settings.accessTokenTimeToLive()).build());
        client.grantTypes().forEach(grant -> registration.authorizationGrantType(new AuthorizationGrantType(grant)));
        return registration.build();
    }

}

package csp.enrollment.console.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import csp.enrollment.console.ConsoleSettings;

/**
 * One {@link RestClient} per service, each request sent with the logged-in person's
 * access token (Spring Security's {@link OAuth2ClientHttpRequestInterceptor}); an answer
 * of 4xx or 5xx becomes an {@link ApiProblem} with the service's problem detail, for the
 * page to show.
 */
@Component
public class ServiceApis {

    private final RestClient intake;

    private final RestClient verification;

    private final RestClient creditCheck;

    private final RestClient notification;

    ServiceApis(RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClients, ConsoleSettings settings) {
        var withToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        withToken.setClientRegistrationIdResolver(request -> ConsoleSecurity.REGISTRATION);
        RestClient.Builder authorized = builder.requestInterceptor(withToken)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                throw ApiProblem.of(response);
            });
        this.intake = client(authorized, settings.services().intake());
        this.verification = client(authorized, settings.services().verification());
        this.creditCheck = client(authorized, settings.services().creditCheck());
        this.notification = client(authorized, settings.services().notification());
    }

    private static RestClient client(RestClient.Builder builder, URI base) {
        return builder.clone().baseUrl(base.toString()).build();
    }

    public RestClient intake() {
        return intake;
    }

    public RestClient verification() {
        return verification;
    }

    public RestClient creditCheck() {
        return creditCheck;
    }

    public RestClient notification() {
        return notification;
    }

}

package csp.enrollment.console.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs a login at the identity provider (OpenID Connect, authorization code
 * with PKCE); what a person may open follows the scopes their token was granted
 * ({@code SCOPE_*}), so a reviewer never reaches an operator's page. The services check
 * the same token again.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String REGISTRATION = "identity-provider";

    @Bean
    SecurityFilterChain consolePages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(pages -> pages.requestMatchers("/console.css", "/error")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/reviews/*/decision")
            .hasAuthority("SCOPE_reviews.write")
            .requestMatchers("/reviews/**")
            .hasAuthority("SCOPE_reviews.read")
            .requestMatchers("/enrollments/**")
            .hasAuthority("SCOPE_enrollments.read")
            .requestMatchers(HttpMethod.POST, "/directory/**")
            .hasAuthority("SCOPE_directory.write")
            // looking an MPN ID up is part of reviewing a case, as the service's own
            // rules say
            .requestMatchers("/directory/**")
            .hasAnyAuthority("SCOPE_reviews.read", "SCOPE_directory.write")
            .requestMatchers("/dead-letters/**")
            .hasAuthority("SCOPE_operations.write")
            .anyRequest()
            .authenticated())
            .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations))))
            .logout(out -> out.logoutSuccessHandler(logout))
            .exceptionHandling(denied -> denied.accessDeniedPage("/forbidden"));
        return http.build();
    }

    /**
     * The identity provider demands PKCE of every authorization code, of confidential
     * clients too.
     */
    private static OAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * Hands the person's access token to the API calls, refreshing it when it expired.
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorized) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(
                OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
        return manager;
    }

}

package csp.enrollment.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.util.StringUtils;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import csp.enrollment.identity.IdentitySettings;
import csp.enrollment.identity.client.RegisteredClients;
import csp.enrollment.identity.person.People;
import csp.enrollment.identity.person.RoleScopedAuthorizations;
import csp.enrollment.identity.person.RoleScopes;
import csp.enrollment.identity.token.AccessTokenClaims;
import csp.enrollment.identity.token.SigningKeys;

/**
 * What Spring Authorization Server is built from, all of it from
 * {@link IdentitySettings}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerBeans {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentitySettings settings) {
        var builder = AuthorizationServerSettings.builder();
        if (StringUtils.hasText(settings.issuer())) {
            builder.issuer(settings.issuer());
        }
        return builder.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentitySettings settings) {
        return RegisteredClients.from(settings);
    }

    @Bean
    UserDetailsService people(IdentitySettings settings) {
        return People.from(settings);
    }

    /**
     * Reads {@code {noop}...} and {@code {bcrypt}...} alike. On a first successful log-in
     * Spring Security re-hashes a {@code {noop}} secret with bcrypt, in memory only.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    OAuth2AuthorizationService authorizationService(IdentitySettings settings) {
        return new RoleScopedAuthorizations(new InMemoryOAuth2AuthorizationService(), new RoleScopes(settings));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentitySettings settings) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.loadOrCreate(settings.signingKey().location())));
    }

    /** Decodes this server's own access tokens, for the user info endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /**
     * Every token the endpoints issue comes from here; tests can mint the same tokens
     * with it.
     */
    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource, IdentitySettings settings) {
        JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwts.setJwtCustomizer(new AccessTokenClaims(settings.audience()));
        return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2RefreshTokenGenerator());
    }

}

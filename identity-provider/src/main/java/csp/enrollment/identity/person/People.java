package csp.enrollment.identity.person;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.StringUtils;

import csp.enrollment.identity.IdentitySettings;

/**
 * The people who log in through the form, with their roles as authorities
 * ({@code ROLE_reviewer}).
 */
public final class People {

    private People() {
    }

    public static InMemoryUserDetailsManager from(IdentitySettings settings) {
        return new InMemoryUserDetailsManager(settings.users().stream().map(People::person).toList());
    }

    private static UserDetails person(IdentitySettings.User user) {
        if (!StringUtils.hasText(user.username()) || !StringUtils.hasText(user.password())) {
            throw new IllegalStateException("Every identity.users entry needs a username and a password");
        }
        return User.withUsername(user.username())
            .password(user.password())
            .roles(user.roles().toArray(String[]::new))
            .build();
    }

}

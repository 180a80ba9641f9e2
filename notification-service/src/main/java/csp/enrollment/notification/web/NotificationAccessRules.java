package csp.enrollment.notification.web;

import static csp.enrollment.security.ScopeRule.any;
import static csp.enrollment.security.ScopeRule.get;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import csp.enrollment.security.ServiceAccessRules;

/**
 * Which scope each endpoint of notification-service needs (contract section 7): the
 * e-mail lists and the template previews need {@code notifications.read}. The first
 * matching line decides; anything not listed is refused.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

    @Bean
    ServiceAccessRules accessRules() {
        return ServiceAccessRules.of(get("/api/notifications/**", "notifications.read"),
                any("/api/dead-letters/**", "operations.write"));
    }

}

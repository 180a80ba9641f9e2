package csp.enrollment.intake.web;

import static csp.enrollment.security.ScopeRule.any;
import static csp.enrollment.security.ScopeRule.delete;
import static csp.enrollment.security.ScopeRule.get;
import static csp.enrollment.security.ScopeRule.post;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import csp.enrollment.security.ServiceAccessRules;

/**
 * Which scope each endpoint of enrollment-intake needs (contract section 7). The first
 * matching line decides; anything not listed is refused. The partner's commands (section
 * 8/9) and dead letters (section 10) are listed before they exist, so they are guarded
 * the day they land.
 */
@Configuration(proxyBeanMethods = false)
class IntakeAccessRules {

    @Bean
    ServiceAccessRules accessRules() {
        return ServiceAccessRules.of(post("/api/enrollments", "enrollments.write"),
                get("/api/enrollments", "enrollments.read"),
                post("/api/enrollments/{enrollmentId}/agreement", "enrollments.write"),
                post("/api/enrollments/{enrollmentId}/support-plan", "enrollments.write"),
                post("/api/enrollments/{enrollmentId}/transition", "enrollments.write"),
                delete("/api/enrollments/{enrollmentId}/personal-data", "privacy.write"),
                get("/api/enrollments/**", "enrollments.read"), any("/api/dead-letters/**", "operations.write"));
    }

}

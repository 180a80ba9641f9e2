package csp.enrollment.verification.web;

import static csp.enrollment.security.ScopeRule.any;
import static csp.enrollment.security.ScopeRule.get;
import static csp.enrollment.security.ScopeRule.post;
import static csp.enrollment.security.ScopeRule.put;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import csp.enrollment.security.ServiceAccessRules;

/**
 * Which scope each endpoint of verification-service needs (contract section 7). The first
 * matching line decides; anything not listed is refused. Reading a directory entry is
 * part of reviewing a case and of maintaining the directory, so either scope may read it.
 */
@Configuration(proxyBeanMethods = false)
class VerificationAccessRules {

    @Bean
    ServiceAccessRules accessRules() {
        return ServiceAccessRules.of(get("/api/reviews/**", "reviews.read"),
                post("/api/reviews/{enrollmentId}/decision", "reviews.write"),
                get("/api/verifications/**", "reviews.read"),
                put("/api/partner-network/memberships/**", "directory.write"),
                get("/api/partner-network/memberships/**", "reviews.read", "directory.write"),
                any("/api/dead-letters/**", "operations.write"));
    }

}

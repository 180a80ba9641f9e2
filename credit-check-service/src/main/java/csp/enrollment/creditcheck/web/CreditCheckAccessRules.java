package csp.enrollment.creditcheck.web;

import static csp.enrollment.security.ScopeRule.any;
import static csp.enrollment.security.ScopeRule.get;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import csp.enrollment.security.ServiceAccessRules;

/**
 * Which scope each endpoint of credit-check-service needs (contract section 7). The first
 * matching line decides; anything not listed is refused. The contract names no scope for
 * the credit-check views: a credit check is a step of an enrollment, so they need
 * {@code enrollments.read}, the scope of {@code GET /api/enrollments/{id}}.
 */
@Configuration(proxyBeanMethods = false)
class CreditCheckAccessRules {

    @Bean
    ServiceAccessRules accessRules() {
        return ServiceAccessRules.of(any("/api/credit-bureau/**", "bureau.write"),
                get("/api/credit-checks/**", "enrollments.read"), any("/api/dead-letters/**", "operations.write"));
    }

}

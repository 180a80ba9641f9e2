package csp.enrollment.intake.enrollment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import csp.enrollment.intake.application.ApplicationValidator;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
class IntakeConfiguration {

    @Bean
    ApplicationValidator applicationValidator() {
        return new ApplicationValidator();
    }

}

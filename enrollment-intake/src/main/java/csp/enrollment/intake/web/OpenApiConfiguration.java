package csp.enrollment.intake.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI intakeOpenApi() {
        return new OpenAPI().info(new Info().title("CSP enrollment intake").version("1").description("""
                Submit applications to enroll in the Cloud Solution Provider program and follow \
                their status. Errors are RFC 9457 problem documents (application/problem+json)."""));
    }

}

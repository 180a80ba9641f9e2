package csp.enrollment.security;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Shows the access table in the service's OpenAPI document: a {@code bearer} (JWT)
 * security scheme, on every operation the scopes that grant it, and its 401 and 403
 * answers.
 */
final class AccessInOpenApi implements OpenApiCustomizer {

    static final String SCHEME = "bearer";

    private final ServiceAccessRules rules;

    AccessInOpenApi(ServiceAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
            .addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description(
                        "An access token from the configured issuer; each operation names the scopes, any one of which grants it."));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                rules.ruleFor(HttpMethod.valueOf(entry.getKey().name()), path).ifPresent(rule -> {
                    operation.addSecurityItem(new SecurityRequirement().addList(SCHEME, rule.scopes()));
                    if (operation.getResponses() == null) {
                        operation.setResponses(new ApiResponses());
                    }
                    operation.getResponses()
                        .putIfAbsent("401", new ApiResponse()
                            .description("No bearer token, or an invalid one (" + AccessProblems.UNAUTHORIZED + ")"));
                    operation.getResponses()
                        .putIfAbsent("403", new ApiResponse().description("The token lacks the scope "
                                + String.join(" or ", rule.scopes()) + " (" + AccessProblems.FORBIDDEN + ")"));
                });
            }
        });
    }

}

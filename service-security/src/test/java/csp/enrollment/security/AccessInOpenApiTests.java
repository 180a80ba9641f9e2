package csp.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;

/**
 * The access table as the OpenAPI document shows it, matched on the document's path
 * templates.
 */
class AccessInOpenApiTests {

    private final ServiceAccessRules rules = ServiceAccessRules.of(
            ScopeRule.post("/api/reviews/{id}/decision", "reviews.write"),
            ScopeRule.get("/api/reviews/**", "reviews.read"),
            ScopeRule.get("/api/memberships/**", "reviews.read", "directory.write"));

    @Test
    void matchesPathTemplatesByMethod() {
        assertThat(rules.ruleFor(HttpMethod.POST, "/api/reviews/{enrollmentId}/decision")).get()
            .extracting(ScopeRule::scopes)
            .asList()
            .containsExactly("reviews.write");
        assertThat(rules.ruleFor(HttpMethod.GET, "/api/reviews")).get()
            .extracting(ScopeRule::scopes)
            .asList()
            .containsExactly("reviews.read");
        assertThat(rules.ruleFor(HttpMethod.DELETE, "/api/reviews")).isEmpty();
    }

    @Test
    void declaresTheBearerSchemeAndEachOperationsScopesAndRefusals() {
        Operation decide = new Operation();
        Operation read = new Operation();
        OpenAPI document = new OpenAPI()
            .paths(new Paths().addPathItem("/api/reviews/{enrollmentId}/decision", new PathItem().post(decide))
                .addPathItem("/api/memberships/{mpnId}", new PathItem().get(read)));

        new AccessInOpenApi(rules).customise(document);

        assertThat(document.getComponents().getSecuritySchemes()).containsKey(AccessInOpenApi.SCHEME);
        assertThat(decide.getSecurity()).singleElement()
            .satisfies(requirement -> assertThat(requirement.get(AccessInOpenApi.SCHEME))
                .containsExactly("reviews.write"));
        assertThat(decide.getResponses()).containsKeys("401", "403");
        assertThat(read.getSecurity().get(0).get(AccessInOpenApi.SCHEME)).containsExactly("reviews.read",
                "directory.write");
        assertThat(read.getResponses().get("403").getDescription()).contains("reviews.read or directory.write");
    }

}

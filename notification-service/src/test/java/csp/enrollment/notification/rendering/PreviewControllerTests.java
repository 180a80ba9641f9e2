package csp.enrollment.notification.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Rendering only: security has its own test ({@code AccessIntegrationTests}), so the
 * slice runs without its filters.
 */
@WebMvcTest(controllers = PreviewController.class, properties = "spring.mvc.problemdetails.enabled=true",
        excludeAutoConfiguration = OAuth2ResourceServerAutoConfiguration.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(MailRenderer.class)
class PreviewControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void rendersATemplateAsHtmlInTheAskedLanguage() {
        assertThat(mvc.get().uri("/api/notifications/preview/direct-bill-verified?lang=nl&format=html")).hasStatusOk()
            .hasHeader("Content-Language", "nl")
            .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
            .bodyText()
            .contains("<html lang=\"nl\"", "koop GEEN Microsoft-ondersteuningsabonnement", "Contoso Cloud B.V.");
    }

    @Test
    void rendersThePlainTextAlternative() {
        assertThat(mvc.get().uri("/api/notifications/preview/credit-check-passed?lang=en&format=text")).hasStatusOk()
            .hasHeader("Content-Language", "en")
            .hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
            .bodyText()
            .startsWith("Hello Sanne,")
            .contains("Advanced Support for Partners (ASfP)")
            .doesNotContain("<p>");
    }

    @Test
    void rendersHtmlInEnglishByDefault() {
        assertThat(mvc.get().uri("/api/notifications/preview/application-received")).hasStatusOk()
            .hasHeader("Content-Language", "en")
            .bodyText()
            .contains("We have received your CSP application");
    }

    @Test
    void matchesTheLanguageOnItsPrimarySubtag() {
        assertThat(mvc.get().uri("/api/notifications/preview/profile-rejected?lang=nl-BE")).hasStatusOk()
            .hasHeader("Content-Language", "nl")
            .bodyText()
            .contains("We konden uw CSP-aanvraag niet verifiëren");
    }

    @Test
    void listsTheTemplatesAndLanguages() {
        assertThat(mvc.get().uri("/api/notifications/preview")).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json.getJson()).contains("application-received", "credit-check-failed", "\"nl\"", "\"en\"");
        });
    }

    @Test
    void previewsTheWelcomeTheReminderAndTheTransition() {
        assertThat(mvc.get().uri("/api/notifications/preview/direct-bill-welcome?lang=en&format=text")).hasStatusOk()
            .bodyText()
            .contains("You transact directly with Microsoft");
        assertThat(mvc.get().uri("/api/notifications/preview/enrollment-reminder?lang=nl")).hasStatusOk()
            .bodyText()
            .contains("Uw CSP-inschrijving wacht op u", "Accepteer de Microsoft Partner Agreement");
        assertThat(mvc.get().uri("/api/notifications/preview/transition-to-indirect?lang=en&format=text")).hasStatusOk()
            .bodyText()
            .contains("moves to the indirect reseller model");
        assertThat(mvc.get().uri("/api/notifications/preview")).hasStatusOk()
            .bodyText()
            .contains("indirect-reseller-welcome", "direct-bill-welcome", "enrollment-reminder",
                    "transition-to-indirect");
    }

    @Test
    void answersNotFoundForAnUnknownTemplate() {
        assertThat(mvc.get().uri("/api/notifications/preview/welcome-gift")).hasStatus(HttpStatus.NOT_FOUND)
            .bodyText()
            .contains("application-received");
    }

    @Test
    void answersBadRequestForALanguageWithoutTemplates() {
        assertThat(mvc.get().uri("/api/notifications/preview/application-received?lang=de"))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyText()
            .contains("[en, nl]");
    }

    @Test
    void answersBadRequestForAnUnknownFormat() {
        assertThat(mvc.get().uri("/api/notifications/preview/application-received?format=pdf"))
            .hasStatus(HttpStatus.BAD_REQUEST);
    }

}

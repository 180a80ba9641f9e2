package csp.enrollment.notification.messaging;

import static csp.enrollment.notification.TestEvents.reason;
import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.ReceivedMail;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract.md §6 end to end: an event on its topic, the e-mail read back from the SMTP
 * server.
 */
@NotificationIntegrationTest
class PartnerEmailsIntegrationTests {

    static Stream<Arguments> emails() {
        return Stream.of(
                Arguments.of("application-received", "en", "We have received your CSP application",
                        List.of("It can take us several days to review", "Enrollment type: Direct bill partner",
                                "We will e-mail you when we have completed our review.")),
                Arguments.of("application-received", "nl", "We hebben uw CSP-aanvraag ontvangen",
                        List.of("Het kan enkele dagen duren", "Soort inschrijving: Partner met directe facturering",
                                "Zodra onze beoordeling is afgerond, ontvangt u van ons een e-mail.")),
                Arguments.of("review-in-progress", "en", "Your CSP application is in review",
                        List.of("One of our colleagues is now reviewing", "You do not need to do anything")),
                Arguments.of("review-in-progress", "nl", "Uw CSP-aanvraag wordt beoordeeld",
                        List.of("Een van onze medewerkers beoordeelt", "U hoeft niets te doen")),
                Arguments.of("indirect-reseller-verified", "en", "Your CSP information has been verified",
                        List.of("accept the Microsoft indirect reseller terms agreement",
                                "Work with an indirect provider (also known as a distributor)")),
                Arguments.of("indirect-reseller-verified", "nl", "Uw CSP-gegevens zijn geverifieerd",
                        List.of("accepteer de voorwaarden voor indirecte wederverkopers van Microsoft",
                                "Werk samen met een indirecte provider (ook wel distributeur genoemd)")),
                Arguments.of("direct-bill-verified", "en",
                        "Your CSP information has been verified: credit check started",
                        List.of("do NOT buy a Microsoft support plan until your company has passed the credit check",
                                "You told us you have already bought a Microsoft support plan")),
                Arguments.of("direct-bill-verified", "nl",
                        "Uw CSP-gegevens zijn geverifieerd: de kredietcontrole is gestart",
                        List.of("koop GEEN Microsoft-ondersteuningsabonnement (support plan) totdat uw bedrijf de kredietcontrole heeft doorstaan",
                                "U hebt aangegeven dat u al een Microsoft-ondersteuningsabonnement hebt gekocht")),
                Arguments.of("profile-rejected", "en", "We could not verify your CSP application",
                        List.of("is below the USD 300,000 the direct bill model requires",
                                "What to do: Enroll as an indirect reseller instead",
                                "at a consumer mail service (such as Gmail or Outlook.com)")),
                Arguments.of("profile-rejected", "nl", "We konden uw CSP-aanvraag niet verifiëren",
                        List.of("ligt onder de USD 300.000 die voor directe facturering vereist is",
                                "Wat u kunt doen: Schrijf u in als indirecte wederverkoper",
                                "van een dienst voor consumenten (zoals Gmail of Outlook.com)")),
                Arguments.of("credit-check-passed", "en", "Your company has passed the credit check",
                        List.of("You may now buy a Microsoft support plan", "Advanced Support for Partners (ASfP)",
                                "Premier Support for Partners (PSfP)")),
                Arguments.of("credit-check-passed", "nl", "Uw bedrijf heeft de kredietcontrole doorstaan",
                        List.of("U kunt nu een Microsoft-ondersteuningsabonnement kopen",
                                "Advanced Support for Partners (ASfP)", "Premier Support for Partners (PSfP)")),
                Arguments.of("credit-check-failed", "en", "Your company has not passed the credit check",
                        List.of("credit score is below the minimum the direct bill model requires",
                                "Enrolling as an indirect reseller remains open to you")),
                Arguments.of("credit-check-failed", "nl", "Uw bedrijf heeft de kredietcontrole niet doorstaan",
                        List.of("De kredietscore van uw bedrijf ligt onder het minimum",
                                "U kunt zich nog steeds inschrijven als indirecte wederverkoper")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("emails")
    void eachEventSendsItsEmailInTheAdminsLanguage(String template, String language, String subject,
            List<String> sentences) {
        Partner partner = Partner.of(language, "US");
        String enrollmentId = TestEvents.newEnrollmentId();

        publish(template, enrollmentId, partner);

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.contentLanguage()).containsExactly(language);
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.textType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.htmlType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.to().getAddress()).isEqualTo(partner.email());
        assertThat(mail.to().getPersonal()).isEqualTo("Sanne de Vries");
        assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@notification-service\\.csp-enrollment>");
        assertThat(mail.text()).contains(sentences).contains(enrollmentId, "Contoso Cloud B.V.");
        // the first sentence is one of prose, the same in both parts
        assertThat(mail.html()).contains(sentences.get(0)).contains("<html lang=\"" + language + "\"", enrollmentId);
        assertThat(TestMail.messagesTo(partner.email())).hasSize(1);
    }

    @ParameterizedTest(name = "preferred {0}, company in {1}: {2}")
    @CsvSource(nullValues = "none", value = { "nl-BE, US, nl", "NL,    GB, nl", "fr,    BE, nl", "de,    SR, nl",
            "none,  NL, nl", "en,    NL, en", "de,    DE, en", "none,  US, en", "xx-?,  JP, en" })
    void writesInThePreferredLanguageElseTheCountrysElseEnglish(String preferred, String country, String expected) {
        Partner partner = Partner.of(preferred, country);

        TestKafka.publish(Topics.SUBMITTED, "key",
                TestEvents.submitted(TestEvents.newEnrollmentId(), partner, EnrollmentType.INDIRECT_RESELLER));

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.contentLanguage()).containsExactly(expected);
        assertThat(mail.subject()).isEqualTo(expected.equals("nl") ? "We hebben uw CSP-aanvraag ontvangen"
                : "We have received your CSP application");
    }

    @Test
    void escapesPartnerTextInHtmlKeepsItInPlainTextAndOutOfTheHeaders() throws Exception {
        Partner partner = Partner.of("en", "NL")
            .named("<script>alert('x')</script> Smith & Sons", "Eve\r\nBcc: victim@example.com");

        TestKafka.publish(Topics.SUBMITTED, "key",
                TestEvents.submitted(TestEvents.newEnrollmentId(), partner, EnrollmentType.INDIRECT_RESELLER));

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Smith &amp; Sons")
            .doesNotContain("<script>", "Smith & Sons");
        assertThat(mail.text()).contains("<script>alert('x')</script> Smith & Sons");
        assertThat(mail.message().getHeader("Bcc")).isNull();
        assertThat(mail.to().getPersonal()).isEqualTo("Eve Bcc: victim@example.com de Vries");
        assertThat(mail.subject()).isEqualTo("We have received your CSP application");
        assertThat(TestMail.messagesTo("victim@example.com")).isEmpty();
    }

    @Test
    void neverMentionsTheBankDetails() {
        Partner partner = Partner.of("en", "NL");

        TestKafka.publish(Topics.SUBMITTED, "key",
                TestEvents.submitted(TestEvents.newEnrollmentId(), partner, EnrollmentType.DIRECT_BILL));

        ReceivedMail mail = TestMail.awaitFirst(partner.email());
        assertThat(mail.text() + mail.html()).doesNotContain("4300", "ABNANL2A", "IBAN", "bank");
    }

    private static void publish(String template, String enrollmentId, Partner partner) {
        switch (template) {
            case "application-received" -> TestKafka.publish(Topics.SUBMITTED, enrollmentId,
                    TestEvents.submitted(enrollmentId, partner, EnrollmentType.DIRECT_BILL));
            case "review-in-progress" -> TestKafka.publish(Topics.REVIEW_REQUESTED, enrollmentId,
                    TestEvents.reviewRequested(enrollmentId, partner));
            case "indirect-reseller-verified" -> TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                    TestEvents.profileVerified(enrollmentId, partner, EnrollmentType.INDIRECT_RESELLER, List.of()));
            case "direct-bill-verified" -> TestKafka.publish(Topics.PROFILE_VERIFIED, enrollmentId,
                    TestEvents.profileVerified(enrollmentId, partner, EnrollmentType.DIRECT_BILL,
                            List.of(reason("SUPPORT_PLAN_BEFORE_CREDIT_CHECK",
                                    "A support plan was bought before the credit check."))));
            case "profile-rejected" -> TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId,
                    TestEvents.profileRejected(enrollmentId, partner,
                            List.of(reason("REVENUE_BELOW_MINIMUM",
                                    "CSP cloud revenue USD 250,000.00 is below USD 300,000.00."),
                                    reason("WORK_EMAIL_REQUIRED", "gmail.com is a consumer mail domain."))));
            case "credit-check-passed" -> TestKafka.publish(Topics.CREDIT_CHECK_PASSED, enrollmentId,
                    TestEvents.creditCheckPassed(enrollmentId, partner));
            case "credit-check-failed" -> TestKafka.publish(Topics.CREDIT_CHECK_FAILED, enrollmentId,
                    TestEvents.creditCheckFailed(enrollmentId, partner));
            default -> throw new IllegalArgumentException(template);
        }
    }

}

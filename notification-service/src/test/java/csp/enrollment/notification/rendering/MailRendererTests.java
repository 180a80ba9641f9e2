package csp.enrollment.notification.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csp.enrollment.notification.notice.EnrollmentKind;
import csp.enrollment.notification.notice.MissingStep;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.NoticeReason;
import csp.enrollment.notification.notice.Recipient;
import csp.enrollment.notification.notice.Template;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailRendererTests {

    private static final String ENROLLMENT = "5d0c2f8e-1111-4a2b-9c3d-4e5f6a7b8c9d";

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void supportsEnglishAndDutch() {
        assertThat(renderer.languages()).containsExactlyInAnyOrder("en", "nl");
    }

    @Test
    void refusesALanguageWithoutTemplates() {
        assertThatThrownBy(() -> renderer.render(notice(Template.APPLICATION_RECEIVED), "de"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void rendersEveryTemplateInEveryLanguageWithoutMissingWords(Template template) {
        for (String language : renderer.languages()) {
            RenderedMail mail = renderer.render(SampleNotices.of(template), language);
            assertThat(mail.language()).isEqualTo(language);
            assertThat(mail.subject()).isNotBlank().doesNotContain("??");
            assertThat(mail.text()).doesNotContain("??", "[(", "[[", "th:", "&#", "&amp;")
                .contains(ENROLLMENT_OF_SAMPLES);
            assertThat(mail.html()).doesNotContain("??", " th:", "xmlns:th")
                .contains("<html lang=\"" + language + "\"", "<title>" + mail.subject() + "</title>",
                        ENROLLMENT_OF_SAMPLES);
        }
    }

    private static final String ENROLLMENT_OF_SAMPLES = SampleNotices.of(Template.APPLICATION_RECEIVED).enrollmentId();

    @Test
    void applicationReceivedGivesTheIdAndTypeAndSaysTheReviewTakesDays() {
        Notice notice = notice(Template.APPLICATION_RECEIVED);
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("We have received your CSP application");
        assertThat(en.text()).contains("Hello Sanne,", "Enrollment ID: " + ENROLLMENT,
                "Enrollment type: Direct bill partner", "It can take us several days to review",
                "We will e-mail you when we have completed our review.");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("We hebben uw CSP-aanvraag ontvangen");
        assertThat(nl.text()).contains("Beste Sanne,", "Inschrijvings-ID: " + ENROLLMENT,
                "Soort inschrijving: Partner met directe facturering", "Het kan enkele dagen duren",
                "Zodra onze beoordeling is afgerond, ontvangt u van ons een e-mail.");
        assertThat(nl.html()).contains("Inschrijvings-ID", ENROLLMENT, "Partner met directe facturering");
    }

    @Test
    void reviewInProgressSaysAPersonReviewsAndNoActionIsNeeded() {
        RenderedMail en = renderer.render(notice(Template.REVIEW_IN_PROGRESS), "en");
        assertThat(en.subject()).isEqualTo("Your CSP application is in review");
        assertThat(en.text()).contains("One of our colleagues is now reviewing", "You do not need to do anything");
        RenderedMail nl = renderer.render(notice(Template.REVIEW_IN_PROGRESS), "nl");
        assertThat(nl.subject()).isEqualTo("Uw CSP-aanvraag wordt beoordeeld");
        assertThat(nl.text()).contains("Een van onze medewerkers beoordeelt", "U hoeft niets te doen");
    }

    @Test
    void verifiedIndirectResellerIsToldToAcceptTheTermsAndWorkWithADistributor() {
        Notice notice = verified(EnrollmentKind.INDIRECT_RESELLER, List.of());
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Your CSP information has been verified");
        assertThat(en.text()).contains("accept the Microsoft indirect reseller terms agreement",
                "Work with an indirect provider (also known as a distributor)", "CSP market: Europe", "Currency: EUR",
                "https://partnercenter.microsoft.com/partner/find-a-provider");
        assertThat(en.text()).doesNotContain("credit check", "support plan");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("Uw CSP-gegevens zijn geverifieerd");
        assertThat(nl.text()).contains("accepteer de voorwaarden voor indirecte wederverkopers",
                "Werk samen met een indirecte provider (ook wel distributeur genoemd)");
    }

    @Test
    void verifiedDirectBillPartnerIsToldNotToBuyASupportPlanYetAndGetsTheWarningsExplained() {
        Notice notice = verified(EnrollmentKind.DIRECT_BILL,
                List.of(new NoticeReason("SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "support plan bought"),
                        new NoticeReason("MANAGED_SERVICE_RECOMMENDED", "no managed service")));
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Your CSP information has been verified: credit check started");
        assertThat(en.text()).contains("we are checking your company's credit",
                "do NOT buy a Microsoft support plan until your company has passed the credit check", "Please note:",
                "You told us you have already bought a Microsoft support plan",
                "Do not buy or renew a support plan until", "You did not list a managed service");
        assertThat(en.html()).contains("do NOT buy a Microsoft support plan", "company&#39;s credit");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("Uw CSP-gegevens zijn geverifieerd: de kredietcontrole is gestart");
        assertThat(nl.text()).contains("koop GEEN Microsoft-ondersteuningsabonnement", "Let op:",
                "U hebt aangegeven dat u al een Microsoft-ondersteuningsabonnement hebt gekocht",
                "Zo'n abonnement hoort u pas te kopen");
    }

    @Test
    void verifiedDirectBillPartnerWithoutWarningsGetsNoWarningSection() {
        RenderedMail en = renderer.render(verified(EnrollmentKind.DIRECT_BILL, List.of()), "en");
        assertThat(en.text()).doesNotContain("Please note:");
        assertThat(en.html()).doesNotContain("Please note:");
    }

    @Test
    void profileRejectedExplainsEachReasonAndWhatToCorrect() {
        Notice notice = withReasons(Template.PROFILE_REJECTED,
                List.of(new NoticeReason("REVENUE_BELOW_MINIMUM", "revenue too low"),
                        new NoticeReason("MARKET_NOT_SUPPORTED", "no market")));
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("We could not verify your CSP application");
        assertThat(en.text()).contains("Each reason, and what to correct:",
                "- Your CSP cloud revenue over the past twelve months is below the USD 300,000",
                "What to do: Enroll as an indirect reseller instead",
                "- The country of your company's business address is not part of any CSP market.",
                "What to do: Check the country in the business address.");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("We konden uw CSP-aanvraag niet verifiëren");
        assertThat(nl.text()).contains("Per reden wat u moet corrigeren:",
                "- Uw CSP-cloudomzet over de afgelopen twaalf maanden ligt onder de USD 300.000",
                "Wat u kunt doen: Controleer het land in het vestigingsadres.");
    }

    @Test
    void everyContractReasonCodeHasWordsAndACorrectionInEveryLanguage() {
        List<String> codes = List.of("MPN_NOT_ACTIVE", "MPN_LOCATION_MISMATCH", "MARKET_NOT_SUPPORTED",
                "WORK_EMAIL_REQUIRED", "BANK_COUNTRY_MISMATCH", "REVENUE_BELOW_MINIMUM", "SIGNING_AUTHORITY_REQUIRED",
                "FIRST_LEVEL_SUPPORT_REQUIRED", "ACCOUNTS_RECEIVABLE_REQUIRED", "SUPPORT_PLAN_BEFORE_CREDIT_CHECK",
                "MANAGED_SERVICE_RECOMMENDED", "MPN_NOT_IN_DIRECTORY", "REVIEW_REJECTED", "CREDIT_SCORE_TOO_LOW",
                "CREDIT_BUREAU_NO_RECORD");
        for (String language : renderer.languages()) {
            for (String code : codes) {
                String marker = "producer message of " + code;
                RenderedMail mail = renderer
                    .render(withReasons(Template.PROFILE_REJECTED, List.of(new NoticeReason(code, marker))), language);
                String general = renderer
                    .render(withReasons(Template.PROFILE_REJECTED, List.of(new NoticeReason("SOMETHING_NEW", marker))),
                            language)
                    .text();
                assertThat(mail.text()).as(code + " in " + language).isNotEqualTo(general);
                if (!code.equals("REVIEW_REJECTED")) {
                    assertThat(mail.text()).as(code + " in " + language).doesNotContain(marker);
                }
            }
        }
    }

    @Test
    void anUnknownReasonCodeShowsTheProducersMessageWithGeneralAdvice() {
        Notice notice = withReasons(Template.PROFILE_REJECTED,
                List.of(new NoticeReason("SOMETHING_NEW", "Tax id missing.")));
        assertThat(renderer.render(notice, "en").text()).contains("- Tax id missing.",
                "What to do: Check this part of your application, correct it and submit a new application.");
        assertThat(renderer.render(notice, "nl").text()).contains("- Tax id missing.",
                "Wat u kunt doen: Controleer dit onderdeel van uw aanvraag");
    }

    @Test
    void aReviewersRejectionQuotesTheReviewersReason() {
        Notice notice = withReasons(Template.PROFILE_REJECTED,
                List.of(new NoticeReason("REVIEW_REJECTED", "MPN ID belongs to another company")));
        assertThat(renderer.render(notice, "en").text()).contains(
                "Our reviewer could not approve the application. The reviewer's reason: MPN ID belongs to another company");
        assertThat(renderer.render(notice, "nl").text())
            .contains("De reden van de beoordelaar: MPN ID belongs to another company");
    }

    @Test
    void creditCheckPassedSaysASupportPlanMayNowBeBought() {
        RenderedMail en = renderer.render(notice(Template.CREDIT_CHECK_PASSED), "en");
        assertThat(en.subject()).isEqualTo("Your company has passed the credit check");
        assertThat(en.text()).contains("You may now buy a Microsoft support plan",
                "Advanced Support for Partners (ASfP)", "Premier Support for Partners (PSfP)");
        RenderedMail nl = renderer.render(notice(Template.CREDIT_CHECK_PASSED), "nl");
        assertThat(nl.subject()).isEqualTo("Uw bedrijf heeft de kredietcontrole doorstaan");
        assertThat(nl.text()).contains("U kunt nu een Microsoft-ondersteuningsabonnement kopen",
                "Advanced Support for Partners (ASfP)", "Premier Support for Partners (PSfP)");
    }

    @Test
    void creditCheckFailedGivesTheReasonsAndKeepsTheIndirectResellerRouteOpen() {
        Notice notice = withReasons(Template.CREDIT_CHECK_FAILED,
                List.of(new NoticeReason("CREDIT_SCORE_TOO_LOW", "score 40 < 60")));
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Your company has not passed the credit check");
        assertThat(en.text()).contains("The reasons:", "credit score is below the minimum",
                "Enrolling as an indirect reseller remains open to you");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("Uw bedrijf heeft de kredietcontrole niet doorstaan");
        assertThat(nl.text()).contains("De redenen:", "De kredietscore van uw bedrijf ligt onder het minimum",
                "U kunt zich nog steeds inschrijven als indirecte wederverkoper");
    }

    @Test
    void welcomesAnIndirectResellerAndTellsItToWorkWithItsIndirectProvider() {
        Notice notice = welcome(EnrollmentKind.INDIRECT_RESELLER, "Europe", "EUR");
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Welcome to the CSP program");
        assertThat(en.text()).contains("Hello Sanne,",
                "Contoso Cloud B.V. is now enrolled in the Cloud Solution Provider (CSP) program as an indirect reseller",
                "Your CSP market is Europe and its currency is EUR.", "What you can do now:",
                "Work with your indirect provider (also known as a distributor) to buy Microsoft cloud products and resell them",
                "https://partnercenter.microsoft.com/partner/find-a-provider")
            .doesNotContain("transact directly with Microsoft", "support plan");
        assertThat(en.html()).contains("Work with your indirect provider", "Your CSP market is Europe");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("Welkom bij het CSP-programma");
        assertThat(nl.text()).contains("Beste Sanne,", "is nu ingeschreven", "als indirecte wederverkoper",
                "Uw CSP-markt is Europe en de valuta is EUR.",
                "Werk samen met uw indirecte provider (ook wel distributeur genoemd)");
    }

    @Test
    void welcomesADirectBillPartnerAndSaysItTransactsDirectlyWithMicrosoft() {
        Notice notice = welcome(EnrollmentKind.DIRECT_BILL, "Europe", "EUR");
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Welcome to the CSP program as a direct bill partner");
        assertThat(en.text())
            .contains("as a direct bill partner", "Your CSP market is Europe and its currency is EUR.",
                    "- You transact directly with Microsoft", "Microsoft bills you directly",
                    "your Microsoft support plan (ASfP or PSfP)")
            .doesNotContain("indirect provider");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject()).isEqualTo("Welkom bij het CSP-programma als partner met directe facturering");
        assertThat(nl.text()).contains("U doet rechtstreeks zaken met Microsoft",
                "Microsoft factureert u rechtstreeks");
    }

    @Test
    void aWelcomeWithoutMarketLeavesTheMarketSentenceOut() {
        RenderedMail en = renderer.render(welcome(EnrollmentKind.DIRECT_BILL, null, null), "en");
        assertThat(en.text()).doesNotContain("CSP market", "null");
        assertThat(en.html()).doesNotContain("Your CSP market", "null");
    }

    @Test
    void theReminderNamesOnlyWhatIsStillMissing() {
        RenderedMail supportPlanOnly = renderer.render(reminder(EnrollmentKind.DIRECT_BILL, MissingStep.SUPPORT_PLAN),
                "en");
        assertThat(supportPlanOnly.subject()).isEqualTo("Your CSP enrollment is waiting for you");
        assertThat(supportPlanOnly.text())
            .contains("The CSP enrollment of Contoso Cloud B.V. is not complete yet", "What is still missing:",
                    "- Buy a Microsoft support plan, Advanced Support for Partners (ASfP) or "
                            + "Premier Support for Partners (PSfP)",
                    "This is the only reminder we send.")
            .doesNotContain("Microsoft Partner Agreement", "indirect reseller terms");
        assertThat(supportPlanOnly.html()).contains("<li style=\"margin-bottom:8px;\">Buy a Microsoft support plan");

        RenderedMail both = renderer.render(
                reminder(EnrollmentKind.DIRECT_BILL, MissingStep.MICROSOFT_PARTNER_AGREEMENT, MissingStep.SUPPORT_PLAN),
                "en");
        assertThat(both.text()).contains("- Accept the Microsoft Partner Agreement.", "- Buy a Microsoft support plan");

        RenderedMail terms = renderer
            .render(reminder(EnrollmentKind.INDIRECT_RESELLER, MissingStep.INDIRECT_RESELLER_TERMS), "nl");
        assertThat(terms.subject()).isEqualTo("Uw CSP-inschrijving wacht op u");
        assertThat(terms.text())
            .contains("Wat nog ontbreekt:", "- Accepteer de voorwaarden voor indirecte wederverkopers van Microsoft")
            .doesNotContain("ondersteuningsabonnement");
    }

    @Test
    void theTransitionSaysWhatChangesAndNamesTheNewEnrollment() {
        Notice notice = new Notice("event-1", ENROLLMENT, Instant.EPOCH, Template.TRANSITION_TO_INDIRECT,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso Cloud B.V.", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, List.of(), List.of(), "new-enrollment-7");
        RenderedMail en = renderer.render(notice, "en");
        assertThat(en.subject()).isEqualTo("Your CSP enrollment is moving to the indirect reseller model");
        assertThat(en.text()).contains(
                "the direct bill enrollment of Contoso Cloud B.V. moves to the indirect reseller model",
                "What changes:", "You buy Microsoft cloud products through an indirect provider",
                "Microsoft does not bill you directly any more", "What happens next:",
                "a new indirect reseller enrollment for your company, with enrollment ID new-enrollment-7",
                "It is verified anew", "You will get e-mails about the new enrollment", "Enrollment ID: " + ENROLLMENT);
        assertThat(en.html()).contains("new-enrollment-7");
        RenderedMail nl = renderer.render(notice, "nl");
        assertThat(nl.subject())
            .isEqualTo("Uw CSP-inschrijving gaat over naar het model voor indirecte wederverkopers");
        assertThat(nl.text()).contains("Wat er verandert:", "via een indirecte provider", "Wat er nu gebeurt:",
                "met inschrijvings-ID new-enrollment-7", "U ontvangt e-mails over de nieuwe inschrijving");
    }

    @ParameterizedTest
    @EnumSource(value = Template.class, names = { "INDIRECT_RESELLER_WELCOME", "DIRECT_BILL_WELCOME",
            "ENROLLMENT_REMINDER", "TRANSITION_TO_INDIRECT" })
    void theNewEmailsEscapePartnerTextInHtmlAndKeepItOutOfTheSubject(Template template) {
        Notice sample = SampleNotices.of(template);
        Notice hostile = new Notice(sample.eventId(), sample.enrollmentId(), sample.occurredAt(), template,
                new Recipient("<b>Eve</b>", "O'Hara", "eve@contoso.nl", "en"),
                "<script>alert('x')</script> Smith & Sons", "NL", sample.enrollmentType(), "4412345", "<i>Europe</i>",
                "EUR", List.of(), sample.missing(), sample.newEnrollmentId());
        RenderedMail mail = renderer.render(hostile, "en");
        assertThat(mail.html())
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Smith &amp; Sons",
                    "Hello &lt;b&gt;Eve&lt;/b&gt;,")
            .doesNotContain("<script>", "<b>Eve", "<i>Europe");
        assertThat(mail.text()).contains("<script>alert('x')</script> Smith & Sons", "Hello <b>Eve</b>,");
        assertThat(mail.subject()).doesNotContain("Smith", "script", "Eve");
    }

    @Test
    void escapesPartnerTextInHtmlAndKeepsItIntactInPlainText() {
        Notice notice = new Notice("event-1", ENROLLMENT, Instant.EPOCH, Template.APPLICATION_RECEIVED,
                new Recipient("<b>Eve</b>", "O'Hara", "eve@contoso.nl", "en"),
                "<script>alert('x')</script> Smith & Sons", "NL", EnrollmentKind.INDIRECT_RESELLER, "4412345", null,
                null, List.of());
        RenderedMail mail = renderer.render(notice, "en");
        assertThat(mail.html())
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Smith &amp; Sons",
                    "Hello &lt;b&gt;Eve&lt;/b&gt;,")
            .doesNotContain("<script>", "<b>Eve");
        assertThat(mail.text()).contains("<script>alert('x')</script> Smith & Sons", "Hello <b>Eve</b>,");
        assertThat(mail.subject()).doesNotContain("Smith", "script");
    }

    @Test
    void partnerTextIsNotInterpretedAsATemplateOrMessagePattern() {
        Notice notice = new Notice("event-1", ENROLLMENT, Instant.EPOCH, Template.APPLICATION_RECEIVED,
                new Recipient("${7*7}", "x", "eve@contoso.nl", "en"), "[(${7*7})] {0} #{common.team} '", "NL",
                EnrollmentKind.INDIRECT_RESELLER, "4412345", null, null, List.of());
        RenderedMail mail = renderer.render(notice, "en");
        assertThat(mail.text()).contains("[(${7*7})] {0} #{common.team} '", "Hello ${7*7},").doesNotContain("49");
    }

    private static Notice welcome(EnrollmentKind kind, String market, String currency) {
        return new Notice("event-1", ENROLLMENT, Instant.EPOCH, Template.forCompletedEnrollment(kind),
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso Cloud B.V.", "NL", kind,
                "4412345", market, currency, List.of());
    }

    private static Notice reminder(EnrollmentKind kind, MissingStep... missing) {
        return new Notice(ENROLLMENT, ENROLLMENT, Instant.EPOCH, Template.ENROLLMENT_REMINDER,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso Cloud B.V.", "NL", kind,
                "4412345", null, null, List.of(), List.of(missing), null);
    }

    private static Notice notice(Template template) {
        return withReasons(template, List.of());
    }

    private static Notice verified(EnrollmentKind kind, List<NoticeReason> warnings) {
        return new Notice("event-1", ENROLLMENT, Instant.EPOCH, Template.forVerifiedProfile(kind),
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso Cloud B.V.", "NL", kind,
                "4412345", "Europe", "EUR", warnings);
    }

    private static Notice withReasons(Template template, List<NoticeReason> reasons) {
        return new Notice("event-1", ENROLLMENT, Instant.EPOCH, template,
                new Recipient("Sanne", "de Vries", "sanne@contoso.nl", "nl"), "Contoso Cloud B.V.", "NL",
                EnrollmentKind.DIRECT_BILL, "4412345", null, null, reasons);
    }

}

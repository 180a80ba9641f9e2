package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;
import csp.enrollment.verification.directory.MembershipStatus;
import csp.enrollment.verification.directory.PartnerNetworkDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileVerificationTests {

    private static final String ENROLLMENT = "enrollment-1";

    private static final String TENANT = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f";

    private final Map<String, Membership> memberships = new HashMap<>();

    private final PartnerNetworkDirectory directory = mpnId -> Optional.ofNullable(memberships.get(mpnId));

    private final InMemoryTenantClaims tenantClaims = new InMemoryTenantClaims();

    private final ProfileVerification verification = new ProfileVerification(directory, TestMarkets.shipped(),
            TestMarkets.shippedMailDomains(), tenantClaims);

    @Test
    void verifiesACompleteDirectBillProfileWithItsMarketAndCurrency() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.directBill().build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(verdict.market()).hasValueSatisfying(market -> {
            assertThat(market.market()).isEqualTo("Europe");
            assertThat(market.currency()).isEqualTo("EUR");
        });
        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void runsEveryRuleAndRecordsEachCheck() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.directBill().build());

        assertThat(verdict.checks()).extracting(Check::rule)
            .containsExactly("MpnMembershipRule", "MpnLocationRule", "MarketRule", "WorkEmailRule", "BankCountryRule",
                    "RevenueRequirement", "SigningAuthorityRule", "FirstLevelSupportRule", "AccountsReceivableRule",
                    "SupportPlanTimingWarning", "ManagedServiceRecommendation", "OneEnrollmentPerTenantRule");
    }

    @Test
    void listsEveryFailedRuleInARejection() {
        member("4412345", MembershipStatus.INACTIVE, "BE");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill()
                    .workEmail("sanne@gmail.com")
                    .ibanCountry("US")
                    .cloudRevenue("100.00")
                    .signingAuthority(false)
                    .firstLevelSupport(false)
                    .accountsReceivable(false)
                    .build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code)
            .containsExactly("MPN_NOT_ACTIVE", "MPN_LOCATION_MISMATCH", "WORK_EMAIL_REQUIRED", "BANK_COUNTRY_MISMATCH",
                    "REVENUE_BELOW_MINIMUM", "SIGNING_AUTHORITY_REQUIRED", "FIRST_LEVEL_SUPPORT_REQUIRED",
                    "ACCOUNTS_RECEIVABLE_REQUIRED");
    }

    @Test
    void rejectsACountryInNoMarketWithoutAMarket() {
        member("4412345", MembershipStatus.ACTIVE, "CN");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.indirectReseller().country("CN").ibanCountry(null).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly("MARKET_NOT_SUPPORTED");
        assertThat(verdict.market()).isEmpty();
    }

    @Test
    void sendsAnUnknownMpnIdToReviewWhenNothingElseFails() {
        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill().supportPlanPurchased(true).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.IN_REVIEW);
        assertThat(verdict.reviewReasons()).extracting(Check::code).containsExactly("MPN_NOT_IN_DIRECTORY");
        assertThat(verdict.warnings()).extracting(Check::code).containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
        assertThat(verdict.market()).isPresent();
    }

    @Test
    void rejectsAtOnceWhenARequirementFailsEvenIfTheMpnIdIsUnknown() {
        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill().cloudRevenue("299999.99").build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly("REVENUE_BELOW_MINIMUM");
        assertThat(verdict.reviewReasons()).extracting(Check::code).containsExactly("MPN_NOT_IN_DIRECTORY");
    }

    @Test
    void verifiesWithWarningsThatDoNotBlock() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill().supportPlanPurchased(true).managedServices().build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(verdict.warnings()).extracting(Check::code)
            .containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "MANAGED_SERVICE_RECOMMENDED");
    }

    @Test
    void verifiesAnIndirectResellerWithoutTheDirectBillRequirements() {
        member("4412345", MembershipStatus.ACTIVE, "BE");

        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.indirectReseller().build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(verdict.checks()).filteredOn(check -> check.is(Outcome.NOT_APPLICABLE)).hasSize(7);
    }

    @Test
    void claimsTheTenantOfAProfileNothingElseRejects() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.directBill().tenantId(TENANT).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(tenantClaims.holder(TENANT)).isEqualTo(ENROLLMENT);
    }

    @Test
    void rejectsATenantHeldByAnotherEnrollmentWithoutAReview() {
        tenantClaims.heldBy(TENANT, "enrollment-0");

        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.directBill().tenantId(TENANT).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly("TENANT_ALREADY_ENROLLED");
        assertThat(verdict.reviewReasons()).extracting(Check::code).containsExactly("MPN_NOT_IN_DIRECTORY");
        assertThat(tenantClaims.holder(TENANT)).isEqualTo("enrollment-0");
    }

    @Test
    void holdsTheTenantDuringAReview() {
        Verdict verdict = verification.verify(ENROLLMENT, ProfileBuilder.directBill().tenantId(TENANT).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.IN_REVIEW);
        assertThat(tenantClaims.holder(TENANT)).isEqualTo(ENROLLMENT);
    }

    @Test
    void listsATenantConflictAmongOtherReasonsWithoutClaimingTheTenant() {
        member("4412345", MembershipStatus.ACTIVE, "NL");
        tenantClaims.heldBy(TENANT, "enrollment-0");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill().tenantId(TENANT).cloudRevenue("100.00").build());

        assertThat(verdict.failures()).extracting(Check::code)
            .containsExactly("REVENUE_BELOW_MINIMUM", "TENANT_ALREADY_ENROLLED");
        assertThat(tenantClaims.claimsMade()).isZero();
    }

    @Test
    void doesNotClaimTheTenantOfAProfileOtherRulesReject() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.directBill().tenantId(TENANT).cloudRevenue("100.00").build());

        assertThat(verdict.failures()).extracting(Check::code).containsExactly("REVENUE_BELOW_MINIMUM");
        assertThat(tenantClaims.holder(TENANT)).isNull();
    }

    @Test
    void aTransitionTakesOverTheClaimOfTheEnrollmentItContinues() {
        member("4412345", MembershipStatus.ACTIVE, "NL");
        tenantClaims.heldBy(TENANT, "direct-bill-1");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.indirectReseller().tenantId(TENANT).transitionedFrom("direct-bill-1").build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(tenantClaims.holder(TENANT)).isEqualTo(ENROLLMENT);
    }

    @Test
    void aTransitionIsExemptEvenWhenAnotherEnrollmentHoldsTheTenant() {
        member("4412345", MembershipStatus.ACTIVE, "NL");
        tenantClaims.heldBy(TENANT, "someone-else");

        Verdict verdict = verification.verify(ENROLLMENT,
                ProfileBuilder.indirectReseller().tenantId(TENANT).transitionedFrom("direct-bill-1").build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(tenantClaims.holder(TENANT)).isEqualTo("someone-else");
    }

    private void member(String mpnId, MembershipStatus status, String country) {
        memberships.put(mpnId, new Membership(mpnId, status, country, Instant.EPOCH));
    }

}

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

    private final Map<String, Membership> memberships = new HashMap<>();
    private final PartnerNetworkDirectory directory = mpnId -> Optional.ofNullable(memberships.get(mpnId));
    private final ProfileVerification verification = new ProfileVerification(directory, TestMarkets.shipped(), TestMarkets.shippedMailDomains());

    @Test
    void verifiesACompleteDirectBillProfileWithItsMarketAndCurrency() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ProfileBuilder.directBill().build());

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

        Verdict verdict = verification.verify(ProfileBuilder.directBill().build());

        assertThat(verdict.checks()).extracting(Check::rule).containsExactly(
                "MpnMembershipRule", "MpnLocationRule", "MarketRule", "WorkEmailRule", "BankCountryRule",
                "RevenueRequirement", "SigningAuthorityRule", "FirstLevelSupportRule", "AccountsReceivableRule",
                "SupportPlanTimingWarning", "ManagedServiceRecommendation");
    }

    @Test
    void listsEveryFailedRuleInARejection() {
        member("4412345", MembershipStatus.INACTIVE, "BE");

        Verdict verdict = verification.verify(ProfileBuilder.directBill()
                .workEmail("sanne@gmail.com").ibanCountry("US").cloudRevenue("100.00")
                .signingAuthority(false).firstLevelSupport(false).accountsReceivable(false).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly(
                "MPN_NOT_ACTIVE", "MPN_LOCATION_MISMATCH", "WORK_EMAIL_REQUIRED", "BANK_COUNTRY_MISMATCH",
                "REVENUE_BELOW_MINIMUM", "SIGNING_AUTHORITY_REQUIRED", "FIRST_LEVEL_SUPPORT_REQUIRED",
                "ACCOUNTS_RECEIVABLE_REQUIRED");
    }

    @Test
    void rejectsACountryInNoMarketWithoutAMarket() {
        member("4412345", MembershipStatus.ACTIVE, "CN");

        Verdict verdict = verification.verify(ProfileBuilder.indirectReseller().country("CN").ibanCountry(null).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly("MARKET_NOT_SUPPORTED");
        assertThat(verdict.market()).isEmpty();
    }

    @Test
    void sendsAnUnknownMpnIdToReviewWhenNothingElseFails() {
        Verdict verdict = verification.verify(ProfileBuilder.directBill().supportPlanPurchased(true).build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.IN_REVIEW);
        assertThat(verdict.reviewReasons()).extracting(Check::code).containsExactly("MPN_NOT_IN_DIRECTORY");
        assertThat(verdict.warnings()).extracting(Check::code).containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK");
        assertThat(verdict.market()).isPresent();
    }

    @Test
    void rejectsAtOnceWhenARequirementFailsEvenIfTheMpnIdIsUnknown() {
        Verdict verdict = verification.verify(ProfileBuilder.directBill().cloudRevenue("299999.99").build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(verdict.failures()).extracting(Check::code).containsExactly("REVENUE_BELOW_MINIMUM");
        assertThat(verdict.reviewReasons()).extracting(Check::code).containsExactly("MPN_NOT_IN_DIRECTORY");
    }

    @Test
    void verifiesWithWarningsThatDoNotBlock() {
        member("4412345", MembershipStatus.ACTIVE, "NL");

        Verdict verdict = verification.verify(ProfileBuilder.directBill().supportPlanPurchased(true).managedServices().build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(verdict.warnings()).extracting(Check::code)
                .containsExactly("SUPPORT_PLAN_BEFORE_CREDIT_CHECK", "MANAGED_SERVICE_RECOMMENDED");
    }

    @Test
    void verifiesAnIndirectResellerWithoutTheDirectBillRequirements() {
        member("4412345", MembershipStatus.ACTIVE, "BE");

        Verdict verdict = verification.verify(ProfileBuilder.indirectReseller().build());

        assertThat(verdict.status()).isEqualTo(ProfileStatus.VERIFIED);
        assertThat(verdict.checks()).filteredOn(check -> check.is(Outcome.NOT_APPLICABLE)).hasSize(7);
    }

    private void member(String mpnId, MembershipStatus status, String country) {
        memberships.put(mpnId, new Membership(mpnId, status, country, Instant.EPOCH));
    }
}

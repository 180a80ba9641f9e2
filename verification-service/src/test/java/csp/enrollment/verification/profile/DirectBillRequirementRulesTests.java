package csp.enrollment.verification.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing authority, first-level support and accounts receivable: declared yes passes, no
 * rejects.
 */
class DirectBillRequirementRulesTests {

    @Test
    void rejectsADirectBillPartnerWithoutSigningAuthority() {
        Check check = new SigningAuthorityRule()
            .check(Candidates.active(ProfileBuilder.directBill().signingAuthority(false).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("SIGNING_AUTHORITY_REQUIRED");
    }

    @Test
    void passesADirectBillPartnerWithSigningAuthority() {
        Check check = new SigningAuthorityRule()
            .check(Candidates.active(ProfileBuilder.directBill().signingAuthority(true).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsADirectBillPartnerWithoutFirstLevelSupport() {
        Check check = new FirstLevelSupportRule()
            .check(Candidates.active(ProfileBuilder.directBill().firstLevelSupport(false).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("FIRST_LEVEL_SUPPORT_REQUIRED");
    }

    @Test
    void passesADirectBillPartnerWithFirstLevelSupport() {
        Check check = new FirstLevelSupportRule().check(Candidates.active(ProfileBuilder.directBill().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void rejectsADirectBillPartnerWithoutAccountsReceivableInfrastructure() {
        Check check = new AccountsReceivableRule()
            .check(Candidates.active(ProfileBuilder.directBill().accountsReceivable(false).build()));

        assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check.code()).isEqualTo("ACCOUNTS_RECEIVABLE_REQUIRED");
    }

    @Test
    void passesADirectBillPartnerWithAccountsReceivableInfrastructure() {
        Check check = new AccountsReceivableRule().check(Candidates.active(ProfileBuilder.directBill().build()));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void doNotApplyToAnIndirectReseller() {
        Candidate reseller = Candidates.active(ProfileBuilder.indirectReseller().build());

        assertThat(new SigningAuthorityRule().check(reseller).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(new FirstLevelSupportRule().check(reseller).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(new AccountsReceivableRule().check(reseller).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void rejectADirectBillApplicationWithoutDeclarations() {
        Candidate undeclared = Candidates.active(ProfileBuilder.directBill().withoutDeclaration().build());

        assertThat(new SigningAuthorityRule().check(undeclared).code()).isEqualTo("SIGNING_AUTHORITY_REQUIRED");
        assertThat(new FirstLevelSupportRule().check(undeclared).code()).isEqualTo("FIRST_LEVEL_SUPPORT_REQUIRED");
        assertThat(new AccountsReceivableRule().check(undeclared).code()).isEqualTo("ACCOUNTS_RECEIVABLE_REQUIRED");
    }

}

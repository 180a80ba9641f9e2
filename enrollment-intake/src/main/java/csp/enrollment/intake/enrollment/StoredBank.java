package csp.enrollment.intake.enrollment;

import csp.enrollment.intake.application.ApplicationForm;

/**
 * The bank details as intake keeps them: what may be shown (holder, BIC, the IBAN's
 * country, the last four characters) in the clear, everything else only as cipher text
 * sealed with the enrollment's own data key.
 *
 * @param sealed the whole {@link ApplicationForm.Bank}, encrypted (docs/personal-data.md)
 */
public record StoredBank(String accountHolder, String bic, String ibanCountryCode, String accountLast4, byte[] sealed) {

    static StoredBank of(ApplicationForm.Bank bank, byte[] sealed) {
        return new StoredBank(bank.accountHolder(), bank.bic(), bank.ibanCountryCode(), bank.accountLast4(), sealed);
    }
}

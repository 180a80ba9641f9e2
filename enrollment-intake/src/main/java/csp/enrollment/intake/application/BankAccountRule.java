package csp.enrollment.intake.application;

import java.util.regex.Pattern;

/**
 * {@code bank} holds either an {@code iban} or an {@code accountNumber} with a
 * {@code routingNumber} (for countries without IBAN), never both; an optional {@code bic}
 * is a SWIFT BIC of 8 or 11 characters. The IBAN itself is {@link IbanRule}'s. Messages
 * never repeat the submitted values.
 */
final class BankAccountRule implements ApplicationRule {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{2,32}[A-Za-z0-9]");

    private static final Pattern ROUTING_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,18}[A-Za-z0-9]");

    private static final Pattern BIC = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        ApplicationForm.Bank bank = form.bank();
        if (bank == null) {
            return;
        }
        boolean hasIban = !Violations.isBlank(bank.iban());
        boolean hasAccountNumber = !Violations.isBlank(bank.accountNumber());
        boolean hasRoutingNumber = !Violations.isBlank(bank.routingNumber());
        if (hasIban) {
            if (hasAccountNumber) {
                violations.add("bank.accountNumber", ViolationCode.NOT_ALLOWED,
                        "give either an IBAN or an account number with a routing number, not both");
            }
            if (hasRoutingNumber) {
                violations.add("bank.routingNumber", ViolationCode.NOT_ALLOWED,
                        "give either an IBAN or an account number with a routing number, not both");
            }
        }
        else if (!hasAccountNumber && !hasRoutingNumber) {
            violations.add("bank.iban", ViolationCode.REQUIRED,
                    "is required, or an account number with a routing number for a country without IBAN");
        }
        else {
            checkDomesticAccount(bank, hasAccountNumber, hasRoutingNumber, violations);
        }
        if (bank.bic() != null && !isBic(bank.bic())) {
            violations.add("bank.bic", ViolationCode.INVALID_FORMAT,
                    "must be a BIC of 8 or 11 upper-case letters and digits, e.g. ABNANL2A");
        }
    }

    private static void checkDomesticAccount(ApplicationForm.Bank bank, boolean hasAccountNumber,
            boolean hasRoutingNumber, Violations violations) {
        if (!hasAccountNumber) {
            violations.add("bank.accountNumber", ViolationCode.REQUIRED, "is required with a routing number");
        }
        else if (!ACCOUNT_NUMBER.matcher(bank.accountNumber()).matches()) {
            violations.add("bank.accountNumber", ViolationCode.INVALID_FORMAT,
                    "must be 4 to 34 letters, digits, spaces or hyphens");
        }
        if (!hasRoutingNumber) {
            violations.add("bank.routingNumber", ViolationCode.REQUIRED, "is required with an account number");
        }
        else if (!ROUTING_NUMBER.matcher(bank.routingNumber()).matches()) {
            violations.add("bank.routingNumber", ViolationCode.INVALID_FORMAT,
                    "must be 3 to 20 letters, digits, spaces or hyphens");
        }
    }

    static boolean isBic(String bic) {
        var matcher = BIC.matcher(bic);
        return matcher.matches() && CountryCodes.isKnown(matcher.group(1));
    }

}

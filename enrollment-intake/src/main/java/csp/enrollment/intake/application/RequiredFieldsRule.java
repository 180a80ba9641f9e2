package csp.enrollment.intake.application;

/**
 * The sections {@code company}, {@code company.address}, {@code bank} and {@code admin}
 * are present, and so are the company's legal name, address line 1 and city, the account
 * holder and the admin's names. (Identifiers, country, e-mail and bank account have rules
 * of their own.)
 */
final class RequiredFieldsRule implements ApplicationRule {

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.company() == null) {
            violations.required("company");
        }
        else {
            requireText(form.company().legalName(), "company.legalName", violations);
            if (form.company().address() == null) {
                violations.required("company.address");
            }
            else {
                requireText(form.company().address().line1(), "company.address.line1", violations);
                requireText(form.company().address().city(), "company.address.city", violations);
            }
        }
        if (form.bank() == null) {
            violations.required("bank");
        }
        else {
            requireText(form.bank().accountHolder(), "bank.accountHolder", violations);
        }
        if (form.admin() == null) {
            violations.required("admin");
        }
        else {
            requireText(form.admin().firstName(), "admin.firstName", violations);
            requireText(form.admin().lastName(), "admin.lastName", violations);
        }
    }

    private static void requireText(String value, String field, Violations violations) {
        if (Violations.isBlank(value)) {
            violations.required(field);
        }
    }

}

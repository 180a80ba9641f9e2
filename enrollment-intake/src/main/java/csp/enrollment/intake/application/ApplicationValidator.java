package csp.enrollment.intake.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an application against every rule of contract.md §1 and lists every problem, not
 * just the first. Shared by the HTTP and the Kafka intake, so both accept and refuse the
 * same applications.
 */
public final class ApplicationValidator {

    private final List<ApplicationRule> rules = List.of(new EnrollmentTypeRule(), new MpnIdRule(), new TenantIdRule(),
            new RequiredFieldsRule(), new CountryCodeRule(), new PostalCodeRule(), new BankAccountRule(),
            new IbanRule(), new EmailAddressRule(), new LanguageTagRule(), new DirectBillSectionRule(),
            new TextLengthRule(), new HeaderSafeTextRule());

    /** Every problem of {@code form}; empty when it is valid. */
    public List<Violation> validate(ApplicationForm form) {
        return validate(form, List.of());
    }

    /**
     * Every problem of {@code form}, after the problems found while reading it (values of
     * the wrong type, which the form holds as missing). A field already reported there is
     * not reported again as missing.
     */
    public List<Violation> validate(ApplicationForm form, List<Violation> readingProblems) {
        Violations violations = new Violations();
        rules.forEach(rule -> rule.check(form, violations));
        List<Violation> all = new ArrayList<>(readingProblems);
        violations.toList()
            .stream()
            .filter(violation -> readingProblems.stream().noneMatch(known -> violation.concerns(known.field())))
            .forEach(all::add);
        return List.copyOf(all);
    }

}

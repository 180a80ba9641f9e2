package csp.enrollment.intake.completion;

import java.util.List;

import csp.enrollment.intake.application.EmailAddressRule;
import csp.enrollment.intake.application.HeaderSafeTextRule;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.application.Violations;

/**
 * The body of {@code POST /api/enrollments/{id}/agreement} as read, not yet checked.
 *
 * @param readingProblems values of the wrong JSON type, found while reading
 */
public record AgreementForm(String agreement, String version, String acceptedByName, String acceptedByEmail,
        List<Violation> readingProblems) {

    static final int MAX_VERSION = 32;
    static final int MAX_NAME = 200;

    /** Every problem of the body, the reading ones first. */
    public List<Violation> violations() {
        Violations violations = new Violations();
        readingProblems.forEach(problem -> violations.add(problem.field(), problem.code(), problem.message()));
        if (Texts.unreported(readingProblems, "agreement")) {
            if (Violations.isBlank(agreement)) {
                violations.required("agreement");
            }
            else if (AgreementType.parse(agreement) == null) {
                violations.add("agreement", ViolationCode.INVALID_VALUE,
                        "must be INDIRECT_RESELLER_TERMS or MICROSOFT_PARTNER_AGREEMENT");
            }
        }
        Texts.check(violations, "version", version, MAX_VERSION, Texts.unreported(readingProblems, "version"));
        Texts.check(violations, "acceptedBy.name", acceptedByName, MAX_NAME,
                Texts.unreported(readingProblems, "acceptedBy.name"));
        if (Texts.unreported(readingProblems, "acceptedBy.email")) {
            if (Violations.isBlank(acceptedByEmail)) {
                violations.required("acceptedBy.email");
            }
            else if (!EmailAddressRule.isValid(acceptedByEmail) || !HeaderSafeTextRule.isHeaderSafe(acceptedByEmail)) {
                violations.add("acceptedBy.email", ViolationCode.INVALID_FORMAT,
                        "must be an e-mail address such as name@company.com");
            }
        }
        return violations.toList();
    }

    /** The command, for a form without violations. */
    public AgreementType agreementType() {
        return AgreementType.parse(agreement);
    }
}

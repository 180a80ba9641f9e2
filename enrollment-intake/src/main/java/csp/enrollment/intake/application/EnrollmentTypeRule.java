package csp.enrollment.intake.application;

/** {@code enrollmentType} is {@code INDIRECT_RESELLER} or {@code DIRECT_BILL}. */
final class EnrollmentTypeRule implements ApplicationRule {

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (Violations.isBlank(form.enrollmentType())) {
            violations.required("enrollmentType");
        }
        else if (form.type() == null) {
            violations.add("enrollmentType", ViolationCode.INVALID_VALUE, "must be INDIRECT_RESELLER or DIRECT_BILL");
        }
    }

}

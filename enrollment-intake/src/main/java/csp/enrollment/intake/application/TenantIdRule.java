package csp.enrollment.intake.application;

import java.util.regex.Pattern;

/**
 * {@code tenantId}, the partner's Azure AD tenant, is a UUID in its 8-4-4-4-12
 * hexadecimal form.
 */
final class TenantIdRule implements ApplicationRule {

    private static final Pattern UUID = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (Violations.isBlank(form.tenantId())) {
            violations.required("tenantId");
        }
        else if (!UUID.matcher(form.tenantId()).matches()) {
            violations.add("tenantId", ViolationCode.INVALID_FORMAT,
                    "must be a UUID such as 6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f");
        }
    }

}

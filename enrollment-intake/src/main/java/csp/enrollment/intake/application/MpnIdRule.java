package csp.enrollment.intake.application;

import java.util.regex.Pattern;

/** {@code mpnId}, the Microsoft Partner Network id, is 6 to 10 digits. */
final class MpnIdRule implements ApplicationRule {

    private static final Pattern MPN_ID = Pattern.compile("[0-9]{6,10}");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (Violations.isBlank(form.mpnId())) {
            violations.required("mpnId");
        }
        else if (!MPN_ID.matcher(form.mpnId()).matches()) {
            violations.add("mpnId", ViolationCode.INVALID_FORMAT, "must be 6 to 10 digits");
        }
    }

}

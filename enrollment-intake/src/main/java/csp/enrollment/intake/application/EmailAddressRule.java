package csp.enrollment.intake.application;

import java.util.regex.Pattern;

/**
 * {@code admin.workEmail} is an e-mail address every mail system accepts: an ASCII
 * dot-atom local part of at most 64 characters, {@code @}, and a domain name with a
 * top-level domain. Quoted local parts, IP literals and non-ASCII addresses are refused
 * (use the punycode form of a domain). Whether the domain is a work domain is
 * verification-service's rule, not this one.
 */
public final class EmailAddressRule implements ApplicationRule {

    static final String FIELD = "admin.workEmail";

    private static final Pattern LOCAL_PART = Pattern
        .compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private static final Pattern DOMAIN = Pattern
        .compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.admin() == null) {
            return;
        }
        String email = form.admin().workEmail();
        if (Violations.isBlank(email)) {
            violations.required(FIELD);
        }
        else if (!isValid(email)) {
            violations.add(FIELD, ViolationCode.INVALID_FORMAT, "must be an e-mail address such as name@company.com");
        }
    }

    public static boolean isValid(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at > 64 || email.length() > TextField.EMAIL) {
            return false;
        }
        return LOCAL_PART.matcher(email.substring(0, at)).matches()
                && DOMAIN.matcher(email.substring(at + 1)).matches();
    }

}

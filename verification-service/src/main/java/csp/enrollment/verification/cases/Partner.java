package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.Admin;

/** Who the partner is and whom to e-mail: every output event carries it. */
public record Partner(String legalName, String countryCode, Admin admin) {
}

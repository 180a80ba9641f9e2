package csp.enrollment.verification.profile;

import csp.enrollment.verification.market.CountryMarket;

import java.util.List;
import java.util.Optional;

/**
 * The result of running every rule on a profile.
 *
 * @param market the company's market; empty only when the country is in no CSP market
 * (then the status is REJECTED)
 */
public record Verdict(ProfileStatus status, List<Check> checks, Optional<CountryMarket> market) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** Every failed requirement: the reasons of a rejection. */
    public List<Check> failures() {
        return having(Outcome.FAILED);
    }

    /** Why a person must decide. */
    public List<Check> reviewReasons() {
        return having(Outcome.NEEDS_REVIEW);
    }

    public List<Check> warnings() {
        return having(Outcome.WARNING);
    }

    private List<Check> having(Outcome outcome) {
        return checks.stream().filter(check -> check.is(outcome)).toList();
    }
}

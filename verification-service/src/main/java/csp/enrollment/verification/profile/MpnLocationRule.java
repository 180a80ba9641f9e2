package csp.enrollment.verification.profile;

import csp.enrollment.verification.directory.Membership;

import java.util.Optional;

/**
 * Direct bill: the MPN ID must be the one for the location the partner sells in, the
 * country of its address.
 */
public final class MpnLocationRule implements ProfileRule {

    @Override
    public Check check(Candidate candidate) {
        Profile profile = candidate.profile();
        if (!profile.isDirectBill()) {
            return Check.notApplicable(name(), "Applies to direct bill partners only.");
        }
        Optional<Membership> membership = candidate.membership();
        if (membership.isEmpty()) {
            return Check.notApplicable(name(),
                    "The directory does not know the MPN ID, so its location cannot be checked; the reviewer does.");
        }
        String mpnCountry = membership.get().countryCode();
        if (!profile.companyCountryCode().equalsIgnoreCase(mpnCountry)) {
            return Check.failed(name(), ReasonCodes.MPN_LOCATION_MISMATCH, "mpnId",
                    "MPN ID " + profile.mpnId() + " is for location " + mpnCountry + ", but the company is located in "
                            + profile.companyCountryCode() + "; use the MPN ID of the location you sell in.");
        }
        return Check.passed(name(), "MPN ID is for location " + mpnCountry + ", the company's country.");
    }

}

package csp.enrollment.verification.profile;

/**
 * A rule about the direct bill declarations: it does not apply to an indirect reseller,
 * and a direct bill application without declarations has not shown it meets the
 * requirement.
 */
abstract class DirectBillRule implements ProfileRule {

    @Override
    public final Check check(Candidate candidate) {
        Profile profile = candidate.profile();
        if (!profile.isDirectBill()) {
            return Check.notApplicable(name(), "Applies to direct bill partners only.");
        }
        return profile.directBillDeclaration().map(this::check).orElseGet(this::withoutDeclaration);
    }

    abstract Check check(DirectBillDeclaration declaration);

    /** What a missing declaration means for this rule. */
    abstract Check withoutDeclaration();

}

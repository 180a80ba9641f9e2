package csp.enrollment.verification.review;

import csp.enrollment.verification.cases.Reason;
import csp.enrollment.verification.cases.Review;
import csp.enrollment.verification.cases.ReviewDecision;
import csp.enrollment.verification.cases.ReviewStatus;
import csp.enrollment.verification.cases.VerificationCase;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.ProfileStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A review as the review queue shows it. */
record ReviewView(String enrollmentId, PartnerModel enrollmentType, String mpnId, String legalName, String countryCode,
        String market, List<Reason> reasons, List<Reason> warnings, ReviewStatus status, Instant requestedAt,
        boolean overdue, ReviewDecision decision, String reason, String reviewer, Instant decidedAt,
        ProfileStatus profileStatus) {

    static ReviewView of(VerificationCase verificationCase, Instant now, Duration overdueAfter) {
        Review review = verificationCase.review();
        return new ReviewView(verificationCase.id(), verificationCase.enrollmentType(), verificationCase.mpnId(),
                verificationCase.partner().legalName(), verificationCase.partner().countryCode(),
                verificationCase.market(), verificationCase.verdictEvent().reasons(), verificationCase.warnings(),
                review.status(), review.requestedAt(), review.isOverdue(now, overdueAfter), review.decision(),
                review.reason(), review.reviewer(), review.decidedAt(), verificationCase.status());
    }
}

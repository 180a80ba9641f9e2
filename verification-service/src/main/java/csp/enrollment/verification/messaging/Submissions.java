package csp.enrollment.verification.messaging;

import csp.enrollment.events.DirectBillProfile;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.verification.cases.Submission;
import csp.enrollment.verification.profile.Admin;
import csp.enrollment.verification.profile.DirectBillDeclaration;
import csp.enrollment.verification.profile.PartnerModel;
import csp.enrollment.verification.profile.Profile;

/** Reads an {@link EnrollmentSubmitted} event into the domain's {@link Submission}. */
final class Submissions {

    private Submissions() {
    }

    static Submission from(EnrollmentSubmitted event) {
        EventMetadata metadata = event.getMetadata();
        csp.enrollment.events.Admin admin = event.getAdmin();
        Profile profile = new Profile(PartnerModel.valueOf(event.getEnrollmentType().name()), event.getMpnId(),
                event.getCompany().getLegalName(), event.getCompany().getAddress().getCountryCode(),
                event.getBank().getIbanCountryCode(),
                new Admin(admin.getFirstName(), admin.getLastName(), admin.getWorkEmail(),
                        admin.getPreferredLanguage()),
                declaration(event.getDirectBill()), event.getTenantId(), event.getTransitionedFrom());
        return new Submission(metadata.getEventId(), metadata.getEnrollmentId(), metadata.getCorrelationId(),
                metadata.getOccurredAt(), profile);
    }

    private static DirectBillDeclaration declaration(DirectBillProfile directBill) {
        if (directBill == null) {
            return null;
        }
        return new DirectBillDeclaration(directBill.getCspCloudRevenueTtmUsd(),
                directBill.getPerpetualSoftwareRevenueTtmUsd(), directBill.getHasSigningAuthority(),
                directBill.getProvidesFirstLevelSupport(), directBill.getHasAccountsReceivableInfrastructure(),
                directBill.getManagedServices(), directBill.getSupportPlanPurchased());
    }

}

package csp.enrollment.notification.email;

import java.time.Instant;

/**
 * Something else in this service that keeps a partner's personal data (e.g. the contact
 * stored for the reminder): {@link PersonalDataErasure} erases it together with the
 * e-mail records.
 */
public interface PersonalDataHolder {

    /**
     * Drops the enrollment's personal data, once; idempotent. Returns how many documents
     * changed.
     */
    long erasePersonalData(String enrollmentId, Instant erasedAt);

}

package csp.enrollment.verification.cases;

import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Publishes a case's unpublished output events, in order, and records each as published once the broker
 * acknowledged it. A crash in between only means the same event (same id) is published again later.
 */
@Component
public class CasePublication {

    private final Verifications verifications;
    private final CaseEvents events;
    private final Clock clock;

    CasePublication(Verifications verifications, CaseEvents events, Clock clock) {
        this.verifications = verifications;
        this.events = events;
        this.clock = clock;
    }

    public void publishPending(VerificationCase verificationCase) {
        for (OutputEvent event : verificationCase.unpublishedEvents()) {
            events.publish(verificationCase, event);
            verifications.markPublished(verificationCase.id(), event.eventId(), clock.instant());
        }
    }
}

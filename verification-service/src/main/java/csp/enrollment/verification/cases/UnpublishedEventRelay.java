package csp.enrollment.verification.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Publishes output events that were stored but not confirmed as published: a reviewer's decision whose
 * publication failed or crashed, or a verification whose input event ended in the dead-letter topic while the
 * broker was down. Cases are claimed with a lease, so several instances never relay the same case at once, and
 * a failing case is retried with bounded exponential back-off without holding up the others.
 */
@Component
@ConditionalOnProperty(name = "verification.relay.enabled", matchIfMissing = true)
class UnpublishedEventRelay {

    private static final Logger log = LoggerFactory.getLogger(UnpublishedEventRelay.class);

    private final Verifications verifications;
    private final CasePublication publication;
    private final RelaySettings settings;
    private final Clock clock;

    UnpublishedEventRelay(Verifications verifications, CasePublication publication, RelaySettings settings, Clock clock) {
        this.verifications = verifications;
        this.publication = publication;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${verification.relay.interval:PT15S}", initialDelayString = "${verification.relay.interval:PT15S}")
    void relay() {
        for (int i = 0; i < settings.batchSize(); i++) {
            Instant now = clock.instant();
            Optional<Verifications.RelayClaim> claim = verifications.claimUnpublished(
                    now.minus(settings.grace()), now, now.plus(settings.claimLease()));
            if (claim.isEmpty()) {
                return;
            }
            relay(claim.get());
        }
    }

    private void relay(Verifications.RelayClaim claim) {
        VerificationCase verificationCase = claim.verificationCase();
        try {
            publication.publishPending(verificationCase);
            verifications.release(verificationCase.id());
            log.info("Relayed the unpublished events of enrollment {}", verificationCase.id());
        } catch (RuntimeException e) {
            int failures = claim.failedAttempts() + 1;
            verifications.retryLater(verificationCase.id(), clock.instant().plus(settings.backoffAfter(failures)));
            log.warn("Could not relay the events of enrollment {} (attempt {}): {}", verificationCase.id(), failures, e.getMessage());
        }
    }
}

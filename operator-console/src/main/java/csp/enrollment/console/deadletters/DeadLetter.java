package csp.enrollment.console.deadletters;

import java.time.Instant;

/**
 * A record a service could not process, as its {@code /api/dead-letters} lists it (the
 * cause without any record text), with the service that consumed it.
 */
public record DeadLetter(String service, String topic, int partition, long offset, String key, Instant time,
        String causeClass, String causeMessage, boolean replayed, Instant replayedAt, String replayedBy) {

    DeadLetter inService(String name) {
        return new DeadLetter(name, topic, partition, offset, key, time, causeClass, causeMessage, replayed, replayedAt,
                replayedBy);
    }

    /** The cause's class without its package, for a person reading the list. */
    public String cause() {
        return causeClass == null ? "" : causeClass.substring(causeClass.lastIndexOf('.') + 1);
    }
}

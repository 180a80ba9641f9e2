package csp.enrollment.intake.status;

import java.util.Comparator;
import java.util.List;

/**
 * An enrollment's history, in whatever order its events arrived. Services publish on
 * different topics, so a consumer may see {@code ProfileVerified} before
 * {@code EnrollmentSubmitted}; the history is shown by time and the current status is the
 * one furthest along.
 */
public record StatusHistory(List<StatusEntry> entries) {

    private static final Comparator<StatusEntry> BY_TIME = Comparator.comparing(StatusEntry::at)
        .thenComparing(entry -> entry.status().stage());

    public StatusHistory {
        entries = entries.stream().sorted(BY_TIME).toList();
    }

    /** The entries by time (and stage, for two at the same instant). */
    public List<StatusEntry> chronological() {
        return entries;
    }

    /** The status furthest along the pipeline; of two at the same stage, the later. */
    public EnrollmentStatus current() {
        return entries.stream()
            .max(Comparator.comparingInt((StatusEntry entry) -> entry.status().stage()).thenComparing(BY_TIME))
            .map(StatusEntry::status)
            .orElse(null);
    }
}

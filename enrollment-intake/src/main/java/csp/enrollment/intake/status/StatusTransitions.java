package csp.enrollment.intake.status;

import static csp.enrollment.intake.status.EnrollmentStatus.CREDIT_CHECK_FAILED;
import static csp.enrollment.intake.status.EnrollmentStatus.CREDIT_CHECK_PASSED;
import static csp.enrollment.intake.status.EnrollmentStatus.ENROLLED;
import static csp.enrollment.intake.status.EnrollmentStatus.REJECTED;
import static csp.enrollment.intake.status.EnrollmentStatus.TRANSITIONED;
import static csp.enrollment.intake.status.EnrollmentStatus.VERIFIED;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of contract.md §2 as the status view enforces it: whether a status
 * event is applied, recorded late, or refused. Events of different topics arrive in any
 * order, so the rules never depend on which of two events came first: two outcomes that
 * contradict each other (a profile both verified and rejected, a credit check both passed
 * and failed) conflict in either order, and the one stored first wins. A status the
 * history does not contradict is taken, even before the status it follows in the diagram
 * (a {@code CreditCheckPassed} may overtake its {@code ProfileVerified}).
 *
 * <table>
 * <caption>Rules, in the order they are checked</caption>
 * <tr>
 * <th>incoming</th>
 * <th>refused when</th>
 * <th>reason</th>
 * </tr>
 * <tr>
 * <td>{@code CREDIT_CHECK_PASSED}, {@code CREDIT_CHECK_FAILED}</td>
 * <td>the enrollment is an indirect reseller one</td>
 * <td>{@code CREDIT_CHECK_NOT_FOR_INDIRECT_RESELLER}</td>
 * </tr>
 * <tr>
 * <td>any with a type</td>
 * <td>the event's type is not the enrollment's</td>
 * <td>{@code ENROLLMENT_TYPE_MISMATCH}</td>
 * </tr>
 * <tr>
 * <td>{@code VERIFIED}</td>
 * <td>history holds {@code REJECTED}</td>
 * <td>{@code CONFLICTS_WITH_REJECTED}</td>
 * </tr>
 * <tr>
 * <td>{@code REJECTED}</td>
 * <td>history holds {@code VERIFIED}, a credit-check result, {@code ENROLLED} or
 * {@code TRANSITIONED}</td>
 * <td>{@code CONFLICTS_WITH_...}</td>
 * </tr>
 * <tr>
 * <td>{@code CREDIT_CHECK_PASSED}</td>
 * <td>history holds {@code REJECTED} or {@code CREDIT_CHECK_FAILED}</td>
 * <td>{@code CONFLICTS_WITH_...}</td>
 * </tr>
 * <tr>
 * <td>{@code CREDIT_CHECK_FAILED}</td>
 * <td>history holds {@code REJECTED}, {@code CREDIT_CHECK_PASSED} or
 * {@code ENROLLED}</td>
 * <td>{@code CONFLICTS_WITH_...}</td>
 * </tr>
 * <tr>
 * <td>{@code ENROLLED}, {@code TRANSITIONED} (intake's own, after a partner's
 * command)</td>
 * <td>as their mirror images above</td>
 * <td>{@code CONFLICTS_WITH_...}</td>
 * </tr>
 * </table>
 *
 * Otherwise an event whose status is further along than every stored one is
 * {@link Outcome#APPLIED}; one that is not (a late {@code IN_REVIEW} after
 * {@code VERIFIED}, a second {@code VERIFIED}) is {@link Outcome#LATE}: kept in the
 * history by its time, the current status does not move back. An enrollment intake does
 * not know has an empty history and no type: its view is built from its events alone,
 * under the same rules.
 */
public final class StatusTransitions {

    public static final String INDIRECT_RESELLER = "INDIRECT_RESELLER";

    public static final String DIRECT_BILL = "DIRECT_BILL";

    /**
     * For each incoming status, the stored statuses it contradicts. Symmetric: if A
     * conflicts with a stored B, B conflicts with a stored A, so the order of arrival
     * cannot change the verdict.
     */
    static final Map<EnrollmentStatus, Set<EnrollmentStatus>> CONFLICTS = Map.of(EnrollmentStatus.SUBMITTED,
            EnumSet.noneOf(EnrollmentStatus.class), EnrollmentStatus.IN_REVIEW, EnumSet.noneOf(EnrollmentStatus.class),
            VERIFIED, EnumSet.of(REJECTED), REJECTED,
            EnumSet.of(VERIFIED, CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED, ENROLLED, TRANSITIONED), CREDIT_CHECK_PASSED,
            EnumSet.of(REJECTED, CREDIT_CHECK_FAILED), CREDIT_CHECK_FAILED,
            EnumSet.of(REJECTED, CREDIT_CHECK_PASSED, ENROLLED),
            // written by intake itself when the partner's command is accepted, never by
            // an event; listed
            // so that no late pipeline event can contradict a completed or transitioned
            // enrollment
            ENROLLED, EnumSet.of(REJECTED, CREDIT_CHECK_FAILED), TRANSITIONED, EnumSet.of(REJECTED));

    /** Statuses only a direct bill enrollment can reach. */
    static final Set<EnrollmentStatus> DIRECT_BILL_ONLY = EnumSet.of(CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED);

    public enum Outcome {

        /** Added to the history; the current status moves forward. */
        APPLIED,
        /**
         * Added to the history by its time; the current status stays (as before this rule
         * set).
         */
        LATE,
        /**
         * Not applied: it breaks the state machine; the record is dead-lettered with the
         * reason.
         */
        REFUSED

    }

    /**
     * @param outcome what to do with the event
     * @param reason for {@link Outcome#REFUSED}, a rule code naming statuses and types
     * only; else null
     */
    public record Decision(Outcome outcome, String reason) {

        static final Decision APPLIED = new Decision(Outcome.APPLIED, null);
        static final Decision LATE = new Decision(Outcome.LATE, null);

        static Decision refused(String reason) {
            return new Decision(Outcome.REFUSED, reason);
        }

        public boolean refused() {
            return outcome == Outcome.REFUSED;
        }
    }

    private StatusTransitions() {
    }

    /**
     * @param storedType the enrollment's type as stored, or null if intake does not know
     * it
     * @param stored the statuses of its stored history, in any order (empty if unknown)
     * @param eventType the type the event tells (credit-check events:
     * {@value #DIRECT_BILL}), or null
     * @param incoming the status the event reports
     */
    public static Decision decide(String storedType, Collection<EnrollmentStatus> stored, String eventType,
            EnrollmentStatus incoming) {
        if (DIRECT_BILL_ONLY.contains(incoming) && INDIRECT_RESELLER.equals(storedType)) {
            return Decision.refused(
                    "CREDIT_CHECK_NOT_FOR_INDIRECT_RESELLER: " + incoming + " for an INDIRECT_RESELLER enrollment");
        }
        if (storedType != null && eventType != null && !storedType.equals(eventType)) {
            return Decision.refused("ENROLLMENT_TYPE_MISMATCH: " + incoming + " for a " + eventType
                    + " enrollment, but the enrollment is " + storedType);
        }
        for (EnrollmentStatus conflicting : CONFLICTS.get(incoming)) {
            if (stored.contains(conflicting)) {
                return Decision.refused("CONFLICTS_WITH_" + conflicting + ": " + incoming + " after " + conflicting);
            }
        }
        boolean furtherAlong = stored.stream().allMatch(status -> status.stage() < incoming.stage());
        return furtherAlong ? Decision.APPLIED : Decision.LATE;
    }

    /**
     * The stored statuses that would make {@code incoming} refused (for a conditional,
     * race-free write).
     */
    public static Set<EnrollmentStatus> conflictsOf(EnrollmentStatus incoming) {
        return Set.copyOf(CONFLICTS.get(incoming));
    }

    /** The status history entries' statuses. */
    public static List<EnrollmentStatus> statusesOf(Collection<StatusEntry> history) {
        return history.stream().map(StatusEntry::status).toList();
    }

}

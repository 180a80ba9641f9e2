package csp.enrollment.intake.completion;

/**
 * What the rules say about a partner's command.
 *
 * @param refusal for {@link Kind#REFUSED}, why; else null
 */
public record CommandVerdict(Kind kind, CommandRefusal refusal) {

    public enum Kind {

        /** Record it. */
        ALLOWED,
        /** Recorded before: answer as then, record and emit nothing new. */
        REPEATED,
        /** Not allowed as the enrollment stands. */
        REFUSED

    }

    static final CommandVerdict ALLOWED = new CommandVerdict(Kind.ALLOWED, null);
    static final CommandVerdict REPEATED = new CommandVerdict(Kind.REPEATED, null);

    static CommandVerdict refused(CommandRefusal refusal) {
        return new CommandVerdict(Kind.REFUSED, refusal);
    }
}

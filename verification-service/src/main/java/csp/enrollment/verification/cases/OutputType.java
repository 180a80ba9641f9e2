package csp.enrollment.verification.cases;

/** The events this service emits; the name takes part in the derived event id. */
public enum OutputType {

    REVIEW_REQUESTED("ReviewRequested"), PROFILE_VERIFIED("ProfileVerified"), PROFILE_REJECTED("ProfileRejected");

    private final String eventName;

    OutputType(String eventName) {
        this.eventName = eventName;
    }

    /** The Avro record name, e.g. {@code ProfileVerified}. */
    public String eventName() {
        return eventName;
    }

}

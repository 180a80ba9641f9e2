package csp.enrollment.intake.enrollment;

/** What became of a request to erase an enrollment's personal data. */
public enum ErasureOutcome {

    /** Erased now or before; {@code PersonalDataErased} is out or on its way. */
    ERASED, NOT_FOUND,
    /** The enrollment is not in a final status: the partner may still need it. */
    NOT_FINAL

}

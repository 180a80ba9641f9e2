package csp.enrollment.intake.application;

/** One rule of contract.md §1 (or a cohesive group of them) an application must keep. */
interface ApplicationRule {

    /** Adds every problem of {@code form} with this rule to {@code violations}. */
    void check(ApplicationForm form, Violations violations);

}

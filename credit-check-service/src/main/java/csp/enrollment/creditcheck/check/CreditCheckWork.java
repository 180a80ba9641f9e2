package csp.enrollment.creditcheck.check;

import csp.enrollment.work.WorkKind;

/**
 * The kinds of stored work of the credit check; their tickets are keyed by enrollment id.
 */
final class CreditCheckWork {

    /**
     * Ask the bureau until the check is decided, then publish the decision; done once the
     * event is out.
     */
    static final WorkKind ASK_BUREAU = new WorkKind("ask-bureau");

    /**
     * A durable timer per check, due {@code credit-check.overdue-after} after it was
     * requested.
     */
    static final WorkKind REPORT_OVERDUE = new WorkKind("report-overdue");

    private CreditCheckWork() {
    }

}

package csp.enrollment.notification.notice;

/** How the partner enrolls; the e-mails name it and some next steps depend on it. */
public enum EnrollmentKind {

    INDIRECT_RESELLER, DIRECT_BILL

}

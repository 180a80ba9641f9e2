package csp.enrollment.localstack.bench;

import java.util.UUID;

import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.localstack.SampleApplications;

/**
 * One application of a benchmark run. The tenant id is unique per application: the
 * benchmark finds its enrollment through the tenant id that {@code EnrollmentSubmitted}
 * carries, whichever path (HTTP or Kafka) it came by. The admin's address is unique too,
 * so its e-mails can be counted.
 */
record BenchApplication(int sequence, ApplicationKind kind, boolean overKafka, String tenantId, String adminEmail,
        String mpnId) {

    /** MPN IDs the benchmark registers as active in the partner-network directory. */
    static final int MPN_POOL = 20;

    static BenchApplication of(int sequence, String run) {
        ApplicationKind kind = ApplicationKind.of(sequence);
        String domain = kind == ApplicationKind.REJECTED_PROFILE ? "gmail.com" : "bench" + run + ".example";
        return new BenchApplication(sequence, kind, sequence % 2 == 1, UUID.randomUUID().toString(),
                "admin" + sequence + "@" + domain, mpnId(sequence % MPN_POOL));
    }

    static String mpnId(int index) {
        return Integer.toString(7_000_000 + index);
    }

    String json() {
        return switch (kind) {
            case INDIRECT_RESELLER -> SampleApplications.indirectReseller(mpnId, tenantId, adminEmail);
            case DIRECT_BILL, REJECTED_PROFILE ->
                SampleApplications.directBill(mpnId, tenantId, adminEmail, "350000.00");
        };
    }

    EnrollmentApplication record() {
        return switch (kind) {
            case INDIRECT_RESELLER -> SampleApplications.indirectResellerRecord(mpnId, tenantId, adminEmail);
            case DIRECT_BILL, REJECTED_PROFILE ->
                SampleApplications.directBillRecord(mpnId, tenantId, adminEmail, "350000.00");
        };
    }
}

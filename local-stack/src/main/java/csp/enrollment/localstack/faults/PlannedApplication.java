package csp.enrollment.localstack.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import csp.enrollment.localstack.SampleApplications;

/**
 * One application a scenario submits, with everything that makes it recognisable: its own
 * MPN ID, tenant, admin e-mail address and Idempotency-Key.
 */
record PlannedApplication(int sequence, JourneyKind kind, String mpnId, String tenantId, String adminEmail,
        String idempotencyKey, String body) {

    /**
     * {@code count} applications cycling through {@code kinds}. {@code scenarioDigit}
     * (1..9) and a random run number keep MPN IDs apart between scenarios and runs on the
     * same stack.
     */
    static List<PlannedApplication> plan(int scenarioDigit, String label, int count, List<JourneyKind> kinds) {
        int run = ThreadLocalRandom.current().nextInt(1000);
        List<PlannedApplication> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JourneyKind kind = kinds.get(i % kinds.size());
            String mpnId = String.format(Locale.ROOT, "%d%03d%05d", scenarioDigit, run, i);
            String tenantId = UUID.randomUUID().toString();
            String local = label + "-" + run + "-" + i;
            String email = kind == JourneyKind.PROFILE_REJECTED ? local + "@gmail.com"
                    : local + "@partner" + i % 7 + ".nl";
            planned.add(new PlannedApplication(i, kind, mpnId, tenantId, email, label + "-" + UUID.randomUUID(),
                    body(kind, mpnId, tenantId, email)));
        }
        return List.copyOf(planned);
    }

    private static String body(JourneyKind kind, String mpnId, String tenantId, String email) {
        return switch (kind) {
            case INDIRECT, REVIEW_APPROVED, REVIEW_REJECTED ->
                SampleApplications.indirectReseller(mpnId, tenantId, email);
            case DIRECT_PASSED, DIRECT_FAILED -> SampleApplications.directBill(mpnId, tenantId, email, "350000.00");
            case PROFILE_REJECTED -> SampleApplications.directBill(mpnId, tenantId, email, "120000.00");
        };
    }

    /**
     * The score the simulated bureau is told to give, so the verdict is known in advance.
     */
    int creditScore() {
        return kind == JourneyKind.DIRECT_FAILED ? 12 : 91;
    }

    @Override
    public String toString() {
        return kind + " #" + sequence + " (" + adminEmail + ")";
    }
}

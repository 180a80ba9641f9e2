package csp.enrollment.localstack.bench;

import java.util.List;

/** The mix the benchmark submits, and what each kind ends in and is e-mailed. */
enum ApplicationKind {

    /** Verified at once: received + verified. */
    INDIRECT_RESELLER("VERIFIED", 2),
    /** Verified, then a credit check: received + verified + credit check result. */
    DIRECT_BILL("CREDIT_CHECK", 3),
    /** Rejected at verification (a consumer mail domain): received + rejected. */
    REJECTED_PROFILE("REJECTED", 2);

    /** 45 % indirect, 45 % direct bill, 10 % rejected. */
    static final List<ApplicationKind> MIX = mix();

    private final String finalStatus;

    private final int emails;

    ApplicationKind(String finalStatus, int emails) {
        this.finalStatus = finalStatus;
        this.emails = emails;
    }

    String finalStatus() {
        return finalStatus;
    }

    int emails() {
        return emails;
    }

    static ApplicationKind of(int sequence) {
        return MIX.get(sequence % MIX.size());
    }

    private static List<ApplicationKind> mix() {
        List<ApplicationKind> mix = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            mix.add(INDIRECT_RESELLER);
            mix.add(DIRECT_BILL);
        }
        mix.add(REJECTED_PROFILE);
        mix.add(REJECTED_PROFILE);
        return List.copyOf(mix);
    }

}

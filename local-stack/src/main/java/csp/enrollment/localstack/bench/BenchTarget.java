package csp.enrollment.localstack.bench;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;

/** The running stack the benchmark drives. */
public record BenchTarget(String intakeUrl, String verificationUrl, String bootstrapServers, String registryUrl,
        EmbeddedMailServer mail) {
}

package csp.enrollment.localstack.bench;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.localstack.StackUrls;

/** The running stack the benchmark drives. */
public record BenchTarget(StackUrls urls, String bootstrapServers, String registryUrl, EmbeddedMailServer mail) {
}

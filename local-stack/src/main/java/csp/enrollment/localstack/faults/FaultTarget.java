package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;
import csp.enrollment.localstack.StackUrls;

/** Where the fault suite reaches a running stack: the four services, Kafka and the schema registry. */
public record FaultTarget(String intake, String verification, String creditCheck, String notification,
        String bootstrapServers, String registryUrl) {

    /** The services' addresses, for a {@link PipelineClient}. */
    public StackUrls urls() {
        return new StackUrls(intake, verification, creditCheck, notification);
    }
}

package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.LocalStack;
import csp.enrollment.localstack.PipelineClient;
import csp.enrollment.localstack.StackUrls;

/**
 * Where the fault suite reaches a running stack: the four services, Kafka, the schema
 * registry and the identity provider whose tokens the services accept.
 */
public record FaultTarget(String intake, String verification, String creditCheck, String notification,
        String bootstrapServers, String registryUrl, String issuer) {

    /** Where the fault suite finds a stack running in this process. */
    static FaultTarget of(LocalStack stack) {
        StackUrls urls = stack.urls();
        return new FaultTarget(urls.intake(), urls.verification(), urls.creditCheck(), urls.notification(),
                stack.kafkaBootstrapServers(), stack.registryUrl(), stack.issuer());
    }

    /** The services' addresses and issuer, for a {@link PipelineClient}. */
    public StackUrls urls() {
        return new StackUrls(intake, verification, creditCheck, notification, issuer, null);
    }
}

package csp.enrollment.localstack.faults;

/** Where the fault suite reaches a running stack: the four services, Kafka and the schema registry. */
public record FaultTarget(String intake, String verification, String creditCheck, String notification,
        String bootstrapServers, String registryUrl) {
}

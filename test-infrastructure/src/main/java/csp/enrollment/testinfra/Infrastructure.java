package csp.enrollment.testinfra;

/** One way of providing the pipeline's infrastructure: containers or embedded servers. */
interface Infrastructure extends AutoCloseable {

    String description();

    String bootstrapServers();

    String schemaRegistryUrl();

    String mongoUri();

    String smtpHost();

    int smtpPort();

    Mailbox mailbox();

    void stopMail();

    void startMail();

    @Override
    void close();
}

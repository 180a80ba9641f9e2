package csp.enrollment.localstack.bench;

import java.io.PrintStream;

/**
 * The bare I/O of one application, as measured over the throughput phase: Kafka records
 * written and read (by every consumer group of the pipeline), MongoDB documents written
 * and read, and e-mails accepted by SMTP. The I/O floor issues exactly this much per
 * application. Documents scanned are not I/O the floor issues: they are the cost that
 * grows with the stored history.
 */
record IoProfile(double kafkaWritten, double kafkaRead, double mongoWritten, double mongoRead, double mongoScanned,
        double smtpMessages) {

    static IoProfile between(IoMeter.Snapshot before, IoMeter.Snapshot after, int applications) {
        double n = Math.max(1, applications);
        return new IoProfile((after.kafkaWritten() - before.kafkaWritten()) / n,
                (after.kafkaRead() - before.kafkaRead()) / n, (after.mongoWritten() - before.mongoWritten()) / n,
                (after.mongoRead() - before.mongoRead()) / n, (after.mongoScanned() - before.mongoScanned()) / n,
                (after.smtpMessages() - before.smtpMessages()) / n);
    }

    void print(PrintStream out) {
        out.printf(
                "I/O per application (measured): Kafka %.2f records written, %.2f read; MongoDB %.2f documents "
                        + "written, %.2f read, %.1f scanned by queries no index answers; SMTP %.2f messages%n",
                kafkaWritten, kafkaRead, mongoWritten, mongoRead, mongoScanned, smtpMessages);
    }
}

package csp.enrollment.localstack.faults;

import java.nio.file.Path;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.localstack.LocalStack;

/**
 * The stack in this JVM for the scenarios that need no process kill, sending its mail
 * through an {@link SmtpGate} to a mail server of the suite's own: the gate makes the
 * outage, the server keeps count across it.
 */
final class InProcessStack implements AutoCloseable {

    private final EmbeddedMailServer mailServer;

    private final SmtpGate gate;

    private final LocalStack stack;

    private final MailLedger mail;

    private InProcessStack(EmbeddedMailServer mailServer, SmtpGate gate, LocalStack stack) {
        this.mailServer = mailServer;
        this.gate = gate;
        this.stack = stack;
        this.mail = new MailLedger(mailServer);
    }

    static InProcessStack start(Path dataDir) {
        EmbeddedMailServer mailServer = EmbeddedMailServer.start(0, 0);
        SmtpGate gate = SmtpGate.open(mailServer.smtpPort());
        try {
            return new InProcessStack(mailServer, gate, LocalStack.startOnFreePorts(dataDir, gate.hostAndPort()));
        }
        catch (RuntimeException ex) {
            gate.close();
            mailServer.close();
            throw ex;
        }
    }

    FaultTarget target() {
        return FaultTarget.of(stack);
    }

    MailLedger mail() {
        return mail;
    }

    SmtpGate smtpGate() {
        return gate;
    }

    @Override
    public void close() {
        stack.close();
        gate.close();
        mailServer.close();
    }

}

package csp.enrollment.infrastructure.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import csp.enrollment.infrastructure.FreePorts;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail with SMTP and IMAP. Authentication is disabled: mail to any address is
 * accepted, and anyone may log in over IMAP with that address (any password) and read it.
 * Stopping and starting again keeps the ports, so tests can simulate an SMTP outage;
 * GreenMail's stop drops the mailboxes it had, but {@link #messageCountFor} still counts
 * every mail accepted before.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private static final String HOST = "localhost";

    private final GreenMail greenMail;

    private final int smtpPort;

    private final int imapPort;

    /**
     * Mails accepted per recipient address: GreenMail finds an inbox by a scan over every
     * user.
     */
    private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

    private final LongAdder acceptedTotal = new LongAdder();

    private final boolean keepMessages;

    private volatile Consumer<String> acceptedListener = recipient -> {
    };

    private EmbeddedMailServer(int smtpPort, int imapPort, boolean keepMessages) {
        this.keepMessages = keepMessages;
        // ports are fixed up front so that a restart binds the same ones again
        this.smtpPort = FreePorts.resolve(smtpPort);
        this.imapPort = FreePorts.resolve(imapPort);
        this.greenMail = new GreenMail(
                new ServerSetup[] { new ServerSetup(this.smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                        new ServerSetup(this.imapPort, HOST, ServerSetup.PROTOCOL_IMAP) })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Starts SMTP and IMAP on the given ports; 0 picks a free one. */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        EmbeddedMailServer server = new EmbeddedMailServer(smtpPort, imapPort, true);
        server.start();
        return server;
    }

    /**
     * A server that accepts and counts every mail over real SMTP but keeps none (IMAP
     * finds empty inboxes): for a benchmark, whose hundreds of thousands of e-mails would
     * otherwise fill the heap.
     */
    public static EmbeddedMailServer startCountingOnly(int smtpPort, int imapPort) {
        EmbeddedMailServer server = new EmbeddedMailServer(smtpPort, imapPort, false);
        server.start();
        return server;
    }

    public synchronized void start() {
        if (!greenMail.isRunning()) {
            greenMail.start();
            countDeliveries();
            log.info("GreenMail up: SMTP {}:{}, IMAP {}:{}", HOST, smtpPort, HOST, imapPort);
        }
    }

    private void countDeliveries() {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        if (!(deliver instanceof CountingDeliveryHandler)) {
            users.setMessageDeliveryHandler(new CountingDeliveryHandler(deliver, accepted, acceptedTotal,
                    keepMessages ? null : DiscardingUser.create(), recipient -> acceptedListener.accept(recipient)));
        }
    }

    /**
     * Stops accepting connections. GreenMail drops the mailboxes; the counts of
     * {@link #messageCountFor} stay.
     */
    public synchronized void stop() {
        if (greenMail.isRunning()) {
            greenMail.stop();
            log.info("GreenMail stopped (SMTP {}:{})", HOST, smtpPort);
        }
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message received, once per recipient. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The messages in the inbox of {@code address} (To, Cc or Bcc). */
    /**
     * Called with the (lower-case) recipient of every mail accepted from now on, on the
     * SMTP server's thread: lets a watcher count mail as it arrives instead of asking per
     * address.
     */
    public void onAccepted(Consumer<String> listener) {
        this.acceptedListener = listener;
    }

    /**
     * How many mails the server accepted, per recipient, since it was created or purged.
     */
    public long acceptedCount() {
        return acceptedTotal.sum();
    }

    /**
     * How many mails the server accepted for {@code address} since it was created or
     * purged; no inbox is read.
     */
    public int messageCountFor(String address) {
        return accepted.getOrDefault(CountingDeliveryHandler.normalized(address), 0);
    }

    public List<MimeMessage> receivedMessagesFor(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return greenMail.getManagers()
                .getImapHostManager()
                .getInbox(user)
                .getMessages()
                .stream()
                .map(StoredMessage::getMimeMessage)
                .toList();
        }
        catch (FolderException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address, e);
        }
    }

    /** Deletes every received message from every mailbox. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
            accepted.clear();
            acceptedTotal.reset();
        }
        catch (FolderException e) {
            throw new IllegalStateException("Cannot purge the mailboxes", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

}

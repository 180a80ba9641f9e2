package csp.enrollment.localstack.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import csp.enrollment.infrastructure.FreePorts;

/**
 * A TCP relay in front of the suite's SMTP server, through which the stack sends its
 * mail. Closing the gate is an SMTP outage as the stack sees it (connections refused,
 * open ones cut) while the mail server itself keeps running, so no received mail is
 * forgotten (GreenMail's own stop() drops its mailboxes).
 */
final class SmtpGate implements AutoCloseable {

    private final int port = FreePorts.resolve(0);

    private final int targetPort;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private ServerSocket listener;

    private SmtpGate(int targetPort) {
        this.targetPort = targetPort;
    }

    static SmtpGate open(int targetPort) {
        SmtpGate gate = new SmtpGate(targetPort);
        gate.reopen();
        return gate;
    }

    int port() {
        return port;
    }

    String hostAndPort() {
        return "localhost:" + port;
    }

    /** Accepts connections again on the same port. */
    synchronized void reopen() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot open the SMTP gate on port " + port, ex);
        }
        ServerSocket accepting = listener;
        Thread acceptor = new Thread(() -> accept(accepting), "smtp-gate-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Refuses new connections and cuts the open ones; returns how many it cut. A cut
     * connection may have carried a whole message the server accepted before its answer
     * was lost: the sender tries again, and the partner gets a second copy with the first
     * one's Message-ID (SMTP has no idempotency, so one such copy per cut connection is
     * the inherent window).
     */
    synchronized int shut() {
        if (listener == null) {
            return 0;
        }
        closeQuietly(listener);
        listener = null;
        int cut = open.size();
        open.forEach(SmtpGate::closeQuietly);
        open.clear();
        return cut;
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            }
            catch (IOException closedOrRefused) {
                // the gate was shut, or the mail server refused: the client sees its
                // connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            }
            catch (IOException cut) {
                // one side closed: close both below
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "smtp-gate-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        }
        catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        shut();
    }

}

package csp.enrollment.notification.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server whose replies a test chooses, e.g. a 550 for every recipient:
 * GreenMail accepts everything, so this is how the tests see a mail server refuse.
 */
final class TinySmtpServer implements AutoCloseable {

    private final ServerSocket socket;

    private final List<String> messages = new CopyOnWriteArrayList<>();

    private volatile String recipientReply = "250 2.1.5 OK";

    private volatile String dataReply = "250 2.0.0 OK queued";

    TinySmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "tiny-smtp-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The reply to every RCPT TO, e.g. {@code 550 5.1.1 User unknown}. */
    TinySmtpServer replyToRecipients(String reply) {
        this.recipientReply = reply;
        return this;
    }

    /** The reply after the message data. */
    TinySmtpServer replyToData(String reply) {
        this.dataReply = reply;
        return this;
    }

    /** The messages accepted so far, as sent (headers and body). */
    List<String> messages() {
        return messages;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            }
            catch (IOException closedOrDropped) {
                // the server was closed, or a client hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = client.getOutputStream();
        reply(out, "220 tiny.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 tiny.test");
            }
            else if (command.startsWith("MAIL FROM")) {
                reply(out, "250 2.1.0 OK");
            }
            else if (command.startsWith("RCPT TO")) {
                reply(out, recipientReply);
            }
            else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                String data = readData(in);
                String answer = dataReply;
                if (answer.startsWith("2")) {
                    messages.add(data);
                }
                reply(out, answer);
            }
            else if (command.equals("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            }
            else if (command.equals("RSET") || command.equals("NOOP")) {
                reply(out, "250 2.0.0 OK");
            }
            else {
                reply(out, "502 5.5.1 Not implemented");
            }
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

}

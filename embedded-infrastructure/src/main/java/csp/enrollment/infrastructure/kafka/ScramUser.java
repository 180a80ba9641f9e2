package csp.enrollment.infrastructure.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * A Kafka user that logs in with SASL/SCRAM-SHA-512, and the client settings that log in
 * as it. The password never appears in {@link #toString()}.
 *
 * @param name the user name; the principal the authorizer sees is {@code User:<name>}
 * @param password the password
 */
public record ScramUser(String name, String password) {

    /** The one SASL mechanism a secured broker offers its clients. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    /**
     * SASL without TLS: the handshake never sends the password, but records travel in
     * clear.
     */
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final String LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public ScramUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        if (name.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("A SCRAM user needs a name and a password");
        }
    }

    /** {@code User:<name>}, as ACLs and {@code super.users} name it. */
    public String principal() {
        return "User:" + name;
    }

    /**
     * {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} of a
     * client logging in as this user.
     */
    public Map<String, String> clientProperties() {
        return Map.of("security.protocol", SECURITY_PROTOCOL, "sasl.mechanism", MECHANISM, "sasl.jaas.config",
                jaasConfig());
    }

    /** The {@code sasl.jaas.config} line of a client logging in as this user. */
    public String jaasConfig() {
        return LOGIN_MODULE + " required username=" + quoted(name) + " password=" + quoted(password) + ";";
    }

    @Override
    public String toString() {
        return "ScramUser[" + name + "]";
    }

    /** A JAAS option value: double-quoted, with quotes and backslashes escaped. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

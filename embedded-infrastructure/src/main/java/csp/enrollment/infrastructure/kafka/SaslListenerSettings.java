package csp.enrollment.infrastructure.kafka;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The broker settings of a secured node: clients (and the broker itself, as inter-broker
 * listener) log in with SCRAM-SHA-512 only; the controller listener takes SASL/PLAIN from
 * the broker's principal only, because the controller must authenticate the broker before
 * any SCRAM credential can be read from the metadata log. The KRaft
 * {@code StandardAuthorizer} denies what no ACL allows.
 */
final class SaslListenerSettings {

    static final String CLIENT_LISTENER = "SASL_PLAINTEXT";

    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private SaslListenerSettings() {
    }

    static Map<String, String> brokerProperties(KafkaSecurity security, String controllerListener, int port,
            int controllerPort) {
        ScramUser broker = security.broker();
        String controller = controllerListener.toLowerCase(Locale.ROOT);
        String client = CLIENT_LISTENER.toLowerCase(Locale.ROOT);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("listeners",
                CLIENT_LISTENER + "://localhost:" + port + "," + controllerListener + "://localhost:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + port);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":SASL_PLAINTEXT," + controllerListener + ":SASL_PLAINTEXT");
        props.put("sasl.enabled.mechanisms", ScramUser.MECHANISM);
        props.put("listener.name." + client + ".sasl.enabled.mechanisms", ScramUser.MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", ScramUser.MECHANISM);
        props.put("listener.name." + client + ".scram-sha-512.sasl.jaas.config", broker.jaasConfig());
        props.put("listener.name." + controller + ".sasl.enabled.mechanisms", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        // One JAAS entry for both ends: the broker logs in to the controller, the
        // controller knows only the broker.
        props.put("listener.name." + controller + ".plain.sasl.jaas.config",
                PLAIN_LOGIN + " required username=" + ScramUser.quoted(broker.name()) + " password="
                        + ScramUser.quoted(broker.password()) + " user_" + broker.name() + "="
                        + ScramUser.quoted(broker.password()) + ";");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", security.superUsers());
        props.put("allow.everyone.if.no.acl.found", "false");
        return props;
    }

    /**
     * The storage formatter's SCRAM record for the broker's own principal (KafkaSecurity
     * checked it needs no escapes).
     */
    static String formatterScramArgument(ScramUser broker) {
        return ScramUser.MECHANISM + "=[name=" + broker.name() + ",password=" + broker.password() + "]";
    }

}

package csp.enrollment.localstack;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.infrastructure.kafka.KafkaSecurity;
import csp.enrollment.infrastructure.kafka.ScramUser;

/**
 * DEVELOPMENT SECRETS: the Kafka logins of the local stack, and of nothing else. They are
 * printed in its banner and in the README, so they protect nothing but a developer's
 * loopback; every other deployment takes its logins from configuration (docker-compose:
 * environment variables). A principal's password is its name with {@code -secret}, as
 * contract §7 gives upstream's.
 */
public final class KafkaDevelopmentLogins {

    /** The broker's own principal: inter-broker and controller traffic. */
    public static final ScramUser BROKER = new ScramUser("broker", "broker-secret");

    /**
     * Creates the topics at start; also what an operator uses for admin work, such as a
     * baseline measurement.
     */
    public static final ScramUser ADMIN = new ScramUser("admin", "admin-secret");

    /** What an upstream system (a portal, a CRM, the interop script) logs in as. */
    public static final ScramUser UPSTREAM = of(KafkaAccess.UPSTREAM);

    private KafkaDevelopmentLogins() {
    }

    /** The development login of one of the pipeline's principals. */
    public static ScramUser of(KafkaPrincipal principal) {
        return new ScramUser(principal.name(), principal.name() + "-secret");
    }

    /** The local stack's broker: these logins and the rights of {@link KafkaAccess}. */
    static KafkaSecurity security() {
        return KafkaSecurity.builder(BROKER, ADMIN)
            .users(KafkaAccess.ALL.stream().map(KafkaDevelopmentLogins::of).toList())
            .acls(KafkaAccess.aclBindings())
            .build();
    }

}

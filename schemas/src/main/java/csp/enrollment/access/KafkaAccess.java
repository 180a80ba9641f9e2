package csp.enrollment.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AclBinding;

import csp.enrollment.events.Topics;

/**
 * Who may do what on the pipeline's topics (contract.md §7), written once: the local
 * stack's broker gets its ACLs from here, docker-compose's setup grants the same (a test
 * compares them). Upstream systems log in as {@code upstream}; each service as its own
 * name, which is also its consumer group. A principal may write only the topics it
 * produces (a service also the dead-letter topics of what it consumes) and read only what
 * it consumes. A service's dead-letter API logs in as the service's operations principal,
 * the one that may replay.
 */
public final class KafkaAccess {

    /**
     * Consumer groups of upstream systems must start with this, e.g.
     * {@code upstream-portal}.
     */
    public static final String UPSTREAM_GROUP_PREFIX = "upstream-";

    /**
     * Upstream systems: submit applications, read the rejections and the status events.
     */
    public static final KafkaPrincipal UPSTREAM = KafkaPrincipal.external("upstream", UPSTREAM_GROUP_PREFIX,
            List.of(Topics.APPLICATIONS), concat(List.of(Topics.APPLICATION_REJECTED), Topics.STATUS_EVENTS));

    /**
     * Reads the applications and every status event but its own (it writes those with the
     * enrollment).
     */
    public static final KafkaPrincipal ENROLLMENT_INTAKE = KafkaPrincipal.service("enrollment-intake",
            concat(List.of(Topics.SUBMITTED, Topics.APPLICATION_REJECTED, Topics.PERSONAL_DATA_ERASED),
                    Topics.PARTNER_COMMAND_EVENTS),
            concat(List.of(Topics.APPLICATIONS), Topics.STATUS_EVENTS.stream()
                .filter(topic -> !topic.equals(Topics.SUBMITTED) && !Topics.PARTNER_COMMAND_EVENTS.contains(topic))
                .toList()));

    /**
     * Reads what frees a tenant for another enrollment (TENANT_ALREADY_ENROLLED): a
     * failed credit check and a transition, besides the submissions it verifies.
     */
    public static final KafkaPrincipal VERIFICATION_SERVICE = KafkaPrincipal.service("verification-service",
            List.of(Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED),
            List.of(Topics.SUBMITTED, Topics.CREDIT_CHECK_FAILED, Topics.TRANSITIONED, Topics.PERSONAL_DATA_ERASED));

    public static final KafkaPrincipal CREDIT_CHECK_SERVICE = KafkaPrincipal.service("credit-check-service",
            List.of(Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED),
            List.of(Topics.PROFILE_VERIFIED, Topics.PERSONAL_DATA_ERASED));

    /**
     * Produces no events; reads every partner-facing one to e-mail the partner's admin.
     */
    public static final KafkaPrincipal NOTIFICATION_SERVICE = KafkaPrincipal.service("notification-service", List.of(),
            List.of(Topics.SUBMITTED, Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED,
                    Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED, Topics.AGREEMENT_ACCEPTED,
                    Topics.SUPPORT_PLAN_RECORDED, Topics.COMPLETED, Topics.TRANSITIONED, Topics.PERSONAL_DATA_ERASED));

    public static final List<KafkaPrincipal> SERVICES = List.of(ENROLLMENT_INTAKE, VERIFICATION_SERVICE,
            CREDIT_CHECK_SERVICE, NOTIFICATION_SERVICE);

    /**
     * The services' operations logins, for their dead-letter APIs: read dead letters,
     * replay them.
     */
    public static final List<KafkaPrincipal> OPERATIONS = SERVICES.stream().map(KafkaPrincipal::operationsOf).toList();

    /** The principals that produce the pipeline's events. */
    public static final List<KafkaPrincipal> PRODUCERS = concat(List.of(UPSTREAM), SERVICES);

    public static final List<KafkaPrincipal> ALL = concat(PRODUCERS, OPERATIONS);

    private KafkaAccess() {
    }

    /** Every principal's ACLs. */
    public static Set<AclBinding> aclBindings() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        ALL.forEach(principal -> bindings.addAll(principal.aclBindings()));
        return bindings;
    }

    /**
     * The principal that produces {@code topic} (a topic of {@link Topics#ALL}: exactly
     * one does).
     */
    public static KafkaPrincipal producerOf(String topic) {
        List<KafkaPrincipal> producers = PRODUCERS.stream()
            .filter(principal -> principal.writes().contains(topic))
            .toList();
        if (producers.size() != 1 || !Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("Not a topic one principal produces: " + topic);
        }
        return producers.get(0);
    }

    /** The principal named {@code name}. */
    public static KafkaPrincipal named(String name) {
        return ALL.stream()
            .filter(principal -> principal.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No Kafka principal " + name));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

}

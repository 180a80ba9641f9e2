package csp.enrollment.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import csp.enrollment.events.Topics;

/**
 * A Kafka principal of the pipeline and what it may do: write some topics, read others,
 * and consume in its consumer groups. Nothing else: no topic creation, no other group, no
 * cluster operation. An idempotent producer needs no right of its own beyond WRITE on a
 * topic.
 *
 * @param name the SCRAM user name; the authorizer sees {@code User:<name>}
 * @param writes the topics it may write
 * @param reads the topics it may read
 * @param groups the consumer groups it may use: exactly this name, or every name with
 * this prefix; {@code null} for a principal that reads without a group (assigned
 * partitions)
 * @param groupPattern {@link PatternType#LITERAL} or {@link PatternType#PREFIXED};
 * {@code null} with no groups
 */
public record KafkaPrincipal(String name, Set<String> writes, Set<String> reads, String groups,
        PatternType groupPattern) {

    /** Appended to a service's name to name its operations login. */
    public static final String OPERATIONS_SUFFIX = "-operations";

    public KafkaPrincipal {
        Objects.requireNonNull(name, "name");
        writes = Set.copyOf(writes);
        reads = Set.copyOf(reads);
        if ((groups == null) != (groupPattern == null)) {
            throw new IllegalArgumentException("Consumer groups need a pattern, and a pattern needs groups");
        }
        if (groupPattern != null && groupPattern != PatternType.LITERAL && groupPattern != PatternType.PREFIXED) {
            throw new IllegalArgumentException("A consumer group is named or prefixed, not " + groupPattern);
        }
    }

    /**
     * A service: it writes what it produces and the dead-letter topics of what it
     * consumes (its error handler puts undecodable or failing records there), reads what
     * it consumes, and consumes in the group named as itself
     * ({@code spring.application.name}).
     */
    public static KafkaPrincipal service(String name, List<String> produces, List<String> consumes) {
        Set<String> writes = new LinkedHashSet<>(produces);
        consumes.forEach(topic -> writes.add(Topics.deadLetterTopicOf(topic)));
        return new KafkaPrincipal(name, writes, new LinkedHashSet<>(consumes), name, PatternType.LITERAL);
    }

    /**
     * The operations login of a service ({@code <service>-operations}), used by its
     * dead-letter API only: it reads the dead-letter topics of what the service consumes
     * and writes what the service consumes, to replay a dead letter to its original
     * topic. The service's own principal keeps writing only what it produces (contract.md
     * §7).
     */
    public static KafkaPrincipal operationsOf(KafkaPrincipal service) {
        Set<String> deadLetterTopics = new LinkedHashSet<>();
        service.reads().stream().sorted().forEach(topic -> deadLetterTopics.add(Topics.deadLetterTopicOf(topic)));
        return new KafkaPrincipal(service.name() + OPERATIONS_SUFFIX, service.reads(), deadLetterTopics, null, null);
    }

    /**
     * A client outside the pipeline, whose consumer groups start with
     * {@code groupPrefix}.
     */
    static KafkaPrincipal external(String name, String groupPrefix, List<String> produces, List<String> consumes) {
        return new KafkaPrincipal(name, new LinkedHashSet<>(produces), new LinkedHashSet<>(consumes), groupPrefix,
                PatternType.PREFIXED);
    }

    /** {@code User:<name>}. */
    public String principal() {
        return "User:" + name;
    }

    /** Whether {@code group} is one of this principal's consumer groups. */
    public boolean mayUseGroup(String group) {
        if (groups == null) {
            return false;
        }
        return groupPattern == PatternType.LITERAL ? group.equals(groups) : group.startsWith(groups);
    }

    /** The ACLs that allow exactly this, from any host. READ and WRITE imply DESCRIBE. */
    public List<AclBinding> aclBindings() {
        List<AclBinding> bindings = new ArrayList<>();
        writes.stream()
            .sorted()
            .forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE)));
        reads.stream()
            .sorted()
            .forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ)));
        if (groups != null) {
            bindings.add(allow(ResourceType.GROUP, groups, groupPattern, AclOperation.READ));
        }
        return bindings;
    }

    private AclBinding allow(ResourceType type, String resource, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, resource, pattern),
                new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
    }
}

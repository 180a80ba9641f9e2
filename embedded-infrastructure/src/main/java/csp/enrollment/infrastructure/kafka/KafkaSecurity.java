package csp.enrollment.infrastructure.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.kafka.common.acl.AclBinding;

/**
 * Who may use a secured {@link EmbeddedKafkaBroker} and for what: the SCRAM-SHA-512 users
 * and the ACLs. The broker makes its users and ACLs exactly these at every start, so the
 * description is the whole truth; anything not allowed here is refused
 * ({@code allow.everyone.if.no.acl.found=false}).
 *
 * <p>
 * Two users are super users: the broker itself (its credential is written when the log
 * directory is formatted, so it can log in before any other user exists) and an admin
 * principal for whoever runs the broker to create topics with.
 */
public final class KafkaSecurity {

    /**
     * The storage formatter's SCRAM syntax has no escapes, so the broker's credential
     * must not need any.
     */
    private static final Pattern FORMATTER_SAFE = Pattern.compile("[^\\s\",\\[\\]=\\\\]+");

    private final ScramUser broker;

    private final ScramUser admin;

    private final Map<String, ScramUser> users;

    private final Set<AclBinding> acls;

    private KafkaSecurity(Builder builder) {
        this.broker = builder.broker;
        this.admin = builder.admin;
        this.users = Map.copyOf(builder.users);
        this.acls = Set.copyOf(builder.acls);
    }

    /**
     * @param broker the broker's own principal; its name and password may not contain
     * white space, quotes, commas, brackets, {@code =} or backslashes
     * @param admin the principal that creates topics (and may do anything else)
     */
    public static Builder builder(ScramUser broker, ScramUser admin) {
        return new Builder(broker, admin);
    }

    public ScramUser broker() {
        return broker;
    }

    public ScramUser admin() {
        return admin;
    }

    /** Every user that may log in, the admin among them; the broker's own login aside. */
    public Collection<ScramUser> users() {
        return users.values();
    }

    public Set<AclBinding> acls() {
        return acls;
    }

    /** The {@code super.users} setting: the broker and the admin. */
    String superUsers() {
        return broker.principal() + ";" + admin.principal();
    }

    public static final class Builder {

        private final ScramUser broker;

        private final ScramUser admin;

        private final Map<String, ScramUser> users = new LinkedHashMap<>();

        private final Set<AclBinding> acls = new LinkedHashSet<>();

        private Builder(ScramUser broker, ScramUser admin) {
            this.broker = Objects.requireNonNull(broker, "broker");
            this.admin = Objects.requireNonNull(admin, "admin");
            if (!FORMATTER_SAFE.matcher(broker.name()).matches()
                    || !FORMATTER_SAFE.matcher(broker.password()).matches()) {
                throw new IllegalArgumentException("The broker's name and password may not contain white space, "
                        + "quotes, commas, brackets, '=' or backslashes: " + broker);
            }
            if (broker.name().equals(admin.name())) {
                throw new IllegalArgumentException("The admin needs a principal of its own, not the broker's");
            }
            users.put(admin.name(), admin);
        }

        /** A user that may log in; what it may do is up to the ACLs. */
        public Builder user(ScramUser user) {
            if (user.name().equals(broker.name())) {
                throw new IllegalArgumentException("'" + user.name() + "' is the broker's own principal");
            }
            ScramUser previous = users.putIfAbsent(user.name(), user);
            if (previous != null && !previous.equals(user)) {
                throw new IllegalArgumentException("Two passwords for " + user);
            }
            return this;
        }

        public Builder users(Collection<ScramUser> users) {
            users.forEach(this::user);
            return this;
        }

        public Builder acls(Collection<AclBinding> bindings) {
            acls.addAll(bindings);
            return this;
        }

        public KafkaSecurity build() {
            List<String> unknown = new ArrayList<>();
            for (AclBinding binding : acls) {
                String principal = binding.entry().principal();
                if (users.values().stream().noneMatch(user -> user.principal().equals(principal))) {
                    unknown.add(principal);
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(
                        "ACLs for principals that cannot log in: " + new LinkedHashSet<>(unknown));
            }
            return new KafkaSecurity(this);
        }

    }

}

package csp.enrollment.infrastructure.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Makes a running broker's SCRAM users and ACLs exactly those of a {@link KafkaSecurity}:
 * declared users are written (a changed password takes effect), undeclared ones and ACLs
 * no longer declared are removed, missing ACLs are added. Returns once the broker itself
 * (not only the controller) sees the result, so a client started next is judged by it.
 * Runs as the broker's own principal, whose credential the log directory has had since it
 * was formatted.
 */
final class AccessReconciler {

    /** Kafka's minimum for SCRAM-SHA-512, and what the storage formatter writes. */
    private static final int ITERATIONS = 4096;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AccessReconciler() {
    }

    static void apply(Admin admin, KafkaSecurity security)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> declared = security.users().stream().map(ScramUser::name).collect(Collectors.toSet());
        List<UserScramCredentialAlteration> alterations = new ArrayList<>();
        for (ScramUser user : security.users()) {
            alterations.add(new UserScramCredentialUpsertion(user.name(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), user.password()));
        }
        for (var existing : scramUsers(admin).entrySet()) {
            if (!declared.contains(existing.getKey()) && !existing.getKey().equals(security.broker().name())) {
                existing.getValue()
                    .credentialInfos()
                    .forEach(info -> alterations
                        .add(new UserScramCredentialDeletion(existing.getKey(), info.mechanism())));
            }
        }
        admin.alterUserScramCredentials(alterations).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        Set<AclBinding> existing = acls(admin);
        List<AclBindingFilter> stale = existing.stream()
            .filter(binding -> !security.acls().contains(binding))
            .map(AclBinding::toFilter)
            .toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        List<AclBinding> missing = security.acls().stream().filter(binding -> !existing.contains(binding)).toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        awaitVisible(admin, security, declared);
    }

    /**
     * The controller has committed the changes; wait until the broker's own metadata has
     * them too.
     */
    private static void awaitVisible(Admin admin, KafkaSecurity security, Set<String> declared)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Set<String> users = new HashSet<>(scramUsers(admin).keySet());
            users.remove(security.broker().name());
            if (users.equals(declared) && acls(admin).equals(security.acls())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The broker did not show its users and ACLs within " + TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static Map<String, UserScramCredentialsDescription> scramUsers(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.describeUserScramCredentials().all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Set<AclBinding> acls(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        return new HashSet<>(
                admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }

}

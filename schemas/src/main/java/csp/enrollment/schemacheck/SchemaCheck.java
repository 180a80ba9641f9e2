package csp.enrollment.schemacheck;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;

import csp.enrollment.events.Topics;
import csp.enrollment.serde.RegisteredSchema;
import csp.enrollment.serde.RestSchemaRegistryClient;
import csp.enrollment.serde.SchemaRegistryException;

/**
 * The check a deploy pipeline runs before deploying: every value schema of the topic
 * catalogue, as the serializer will register it, against the latest version registered
 * under {@code <topic>-value} in the target registry, through the registry's own
 * compatibility endpoint (so the subject's level there decides). Exit code 0 when every
 * schema may be registered, 1 when one is incompatible (the registry's reasons are
 * printed), 2 when the check could not be made. With {@code --register}, and only when
 * every schema passed, it then registers them: the deploy step of a registry that
 * services only read ({@code auto.register.schemas=false}).
 *
 * <pre>java -cp ... csp.enrollment.schemacheck.SchemaCheck --registry=https://schema-registry:8081 [--register]</pre>
 */
public final class SchemaCheck {

    public static final int COMPATIBLE = 0;

    public static final int INCOMPATIBLE = 1;

    public static final int FAILED = 2;

    private static final String USAGE = """
            Usage: SchemaCheck --registry=URL [--register]
              Checks the value schema of every topic in csp.enrollment.events.Topics against the latest
              version of <topic>-value in the registry at URL. Exit 0: all compatible; 1: incompatible;
              2: the registry could not be asked. --register: then registers them all (only if all passed).""";

    private SchemaCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** {@link #main} without the exit, for tests and callers in the same JVM. */
    public static int run(String[] args, PrintStream out) {
        String registry = null;
        boolean register = false;
        for (String arg : args) {
            if (arg.startsWith("--registry=")) {
                registry = arg.substring("--registry=".length());
            }
            else if (arg.equals("--register")) {
                register = true;
            }
        }
        if (registry == null || registry.isBlank()) {
            out.println(USAGE);
            return FAILED;
        }
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(registry);
        int result = check(client, Topics.schemasToRegister(), out);
        return result == COMPATIBLE && register ? register(client, Topics.schemasToRegister(), out) : result;
    }

    /**
     * Registers each schema under its subject (an unchanged one keeps its id); exit code
     * as {@link #check}.
     */
    public static int register(RestSchemaRegistryClient registry, Map<String, Schema> schemasBySubject,
            PrintStream out) {
        for (var entry : schemasBySubject.entrySet()) {
            try {
                out.printf("REG  %s: id %d%n", entry.getKey(), registry.register(entry.getKey(), entry.getValue()));
            }
            catch (SchemaRegistryException e) {
                out.printf("ERROR %s: %s%n", entry.getKey(), e.getMessage());
                return FAILED;
            }
        }
        out.println("Every schema is registered in " + registry.baseUrl());
        return COMPATIBLE;
    }

    /**
     * Checks each schema against the latest version of its subject; prints one verdict
     * per subject.
     */
    public static int check(RestSchemaRegistryClient registry, Map<String, Schema> schemasBySubject, PrintStream out) {
        int result = COMPATIBLE;
        for (var entry : schemasBySubject.entrySet()) {
            String subject = entry.getKey();
            try {
                RegisteredSchema latest = latestOrNull(registry, subject);
                List<String> problems = registry.compatibilityProblems(subject, entry.getValue());
                if (latest == null) {
                    out.printf("NEW  %s: nothing registered yet%n", subject);
                }
                else if (problems.isEmpty()) {
                    out.printf("OK   %s: compatible with version %d (id %d)%n", subject, latest.version(), latest.id());
                }
                else {
                    out.printf("FAIL %s: incompatible with version %d (id %d):%n", subject, latest.version(),
                            latest.id());
                    problems.forEach(problem -> out.println("       " + problem));
                    result = INCOMPATIBLE;
                }
            }
            catch (SchemaRegistryException e) {
                out.printf("ERROR %s: %s%n", subject, e.getMessage());
                return FAILED;
            }
        }
        out.println(result == COMPATIBLE ? "Every schema may be deployed to " + registry.baseUrl()
                : "Incompatible schemas: do not deploy to " + registry.baseUrl());
        return result;
    }

    private static RegisteredSchema latestOrNull(RestSchemaRegistryClient registry, String subject) {
        try {
            return registry.latest(subject);
        }
        catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

}

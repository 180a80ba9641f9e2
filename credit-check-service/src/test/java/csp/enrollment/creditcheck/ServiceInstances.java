package csp.enrollment.creditcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of the service started as it is run (its main builder), each on its own
 * database and with its Kafka listener off, so they work only the checks a test gives
 * them (the shared test context consumes the input topic).
 */
public final class ServiceInstances {

    private ServiceInstances() {
    }

    public static ConfigurableApplicationContext start(String database, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.mongodb.database=" + database, "--server.port=0",
                "--credit-check.bureau.mode=simulated", "--spring.kafka.listener.auto-startup=false",
                "--pipeline.work.sweep-interval=100ms", "--pipeline.work.lease=2s",
                "--pipeline.work.backoff.initial=100ms", "--pipeline.work.backoff.max=500ms"));
        // a key given twice would be read as a list: the test's own value replaces the
        // default
        for (String arg : extra) {
            args.removeIf(given -> given.startsWith(arg.substring(0, arg.indexOf('=') + 1)));
            args.add(arg);
        }
        return CreditCheckApplication.builder().run(args.toArray(String[]::new));
    }

    public static String newDatabase() {
        return "credit_check_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    public static TestApi api(ConfigurableApplicationContext service) {
        return new TestApi(port(service));
    }

}

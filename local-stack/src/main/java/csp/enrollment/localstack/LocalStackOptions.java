package csp.enrollment.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.SimpleCommandLinePropertySource;

import csp.enrollment.infrastructure.FreePorts;

/**
 * The local stack's command line: {@code --name=value} options, every port changeable.
 *
 * @param dataDir where Kafka's logs, the database file and the registry's schemas live
 * @param ports the port of every part, by name (see {@link #DEFAULT_PORTS})
 * @param demo submit sample applications and follow them
 * @param bench run the benchmark and exit
 * @param applications applications the benchmark submits
 * @param rate offered rate of the benchmark's latency phase, applications per second
 * @param latencySeconds how long the benchmark's latency phase offers {@code rate}
 * @param preload finished enrollments the benchmark puts through the pipeline before it
 * measures
 * @param out where the benchmark writes its JSON figures
 * @param externalSmtp {@code host:port} of an SMTP server to use instead of the embedded
 * GreenMail, or null
 */
public record LocalStackOptions(Path dataDir, Map<String, Integer> ports, boolean demo, boolean bench, int applications,
        int rate, int latencySeconds, int preload, Path out, String externalSmtp) {

    static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private static final Set<String> FLAGS = Set.of("demo", "bench", "help", "faults");

    private static final Set<String> VALUES = Set.of("data-dir", "applications", "rate", "latency-seconds", "preload",
            "out", "external-smtp", "fault-scenarios", "fault-applications", "fault-outage-applications", "fault-rate",
            "fault-outage", "fault-patience", "fault-lease");

    public static final String USAGE = """
            Usage: java -jar local-stack/target/local-stack.jar [options]
              --data-dir=DIR          Kafka logs, database file and schemas (default ./.local-stack);
                                      a restarted stack carries on where it stopped
              --demo                  submit sample applications on every path and follow them
              --bench                 run the benchmark on a fresh data dir, print the figures, exit
              --applications=N        benchmark: applications to submit (default 10000)
              --rate=N                benchmark: offered rate for the latency figures (default 50/s)
              --latency-seconds=N     benchmark: how long that rate is offered (default 60)
              --preload=N             benchmark: first put N enrollments through the pipeline, so the
                                      figures show the cost on a store with history (default 0)
              --out=FILE              benchmark: JSON figures (default bench-results.json)
              --external-smtp=HOST:PORT  send mail to this SMTP server instead of the embedded one
              --faults                run the fault suite (kill -9, SMTP and bureau outages, poison
                                      records, hostile HTTP) on a fresh data dir, print a verdict per
                                      scenario, exit non-zero if one fails; see local-stack/README-faults.md
                                      for --fault-scenarios, --fault-applications, --fault-outage, ...
              --<part>.port=N         change a port; parts and defaults:
            """ + portList();

    public static LocalStackOptions parse(String... args) {
        var source = new SimpleCommandLinePropertySource(args);
        if (source.containsProperty("nonOptionArgs")) {
            throw new IllegalArgumentException("Unexpected argument " + source.getProperty("nonOptionArgs")
                    + " (options are written --name=value)");
        }
        Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
        for (String name : source.getPropertyNames()) {
            if (name.equals("nonOptionArgs")) {
                continue;
            }
            if (name.endsWith(".port") && ports.containsKey(name.substring(0, name.length() - 5))) {
                ports.put(name.substring(0, name.length() - 5), number(source, name, 0, 65535));
            }
            else if (!FLAGS.contains(name) && !VALUES.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
        }
        boolean bench = source.containsProperty("bench");
        Path dataDir = Path.of(value(source, "data-dir", bench ? ".local-stack-bench" : ".local-stack"));
        return new LocalStackOptions(dataDir.toAbsolutePath().normalize(), Map.copyOf(ports),
                source.containsProperty("demo"), bench,
                source.containsProperty("applications") ? number(source, "applications", 1, 10_000_000) : 10_000,
                source.containsProperty("rate") ? number(source, "rate", 1, 100_000) : 50,
                source.containsProperty("latency-seconds") ? number(source, "latency-seconds", 1, 3600) : 60,
                source.containsProperty("preload") ? number(source, "preload", 0, 10_000_000) : 0,
                Path.of(value(source, "out", "bench-results.json")), externalSmtp(source));
    }

    public static boolean wantsHelp(String... args) {
        return new SimpleCommandLinePropertySource(args).containsProperty("help");
    }

    /**
     * {@code --faults}: the fault suite reads its own options
     * (csp.enrollment.localstack.faults.FaultSettings).
     */
    public static boolean wantsFaults(String... args) {
        return new SimpleCommandLinePropertySource(args).containsProperty("faults");
    }

    int port(String part) {
        return ports.get(part);
    }

    LocalStackOptions withPorts(Map<String, Integer> newPorts) {
        return new LocalStackOptions(dataDir, Map.copyOf(newPorts), demo, bench, applications, rate, latencySeconds,
                preload, out, externalSmtp);
    }

    /**
     * Port 0 means "any free port"; fixed here so every part knows every other's address.
     */
    LocalStackOptions withFreePortsResolved() {
        Map<String, Integer> resolved = new LinkedHashMap<>();
        ports.forEach((part, port) -> resolved.put(part, FreePorts.resolve(port)));
        return withPorts(resolved);
    }

    private static String externalSmtp(SimpleCommandLinePropertySource source) {
        String value = source.getProperty("external-smtp");
        if (value == null) {
            return null;
        }
        if (!value.matches("[^:\\s]+:\\d{1,5}")) {
            throw new IllegalArgumentException("--external-smtp must be HOST:PORT, not '" + value + "'");
        }
        if (source.containsProperty("demo") || source.containsProperty("bench")) {
            throw new IllegalArgumentException(
                    "--demo and --bench read the embedded SMTP server: drop --external-smtp");
        }
        return value;
    }

    String smtpHost() {
        return externalSmtp == null ? "localhost" : externalSmtp.substring(0, externalSmtp.lastIndexOf(':'));
    }

    int smtpPort() {
        return externalSmtp == null ? port("smtp")
                : Integer.parseInt(externalSmtp.substring(externalSmtp.lastIndexOf(':') + 1));
    }

    private static String value(SimpleCommandLinePropertySource source, String name, String fallback) {
        String value = source.getProperty(name);
        if (source.containsProperty(name) && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("--" + name + " needs a value");
        }
        return value == null ? fallback : value;
    }

    private static int number(SimpleCommandLinePropertySource source, String name, int min, int max) {
        String text = value(source, name, "");
        try {
            int number = Integer.parseInt(text.trim());
            if (number < min || number > max) {
                throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
            }
            return number;
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + text + "'");
        }
    }

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("identity-provider", 9000);
        ports.put("kafka", 9092);
        ports.put("kafka-controller", 9093);
        ports.put("registry", 8081);
        ports.put("mongodb", 27017);
        ports.put("smtp", 3025);
        ports.put("imap", 3143);
        ports.put("intake", 8080);
        ports.put("verification", 8082);
        ports.put("credit-check", 8083);
        ports.put("notification", 8084);
        ports.put("console", 8085);
        return ports;
    }

    private static String portList() {
        StringBuilder list = new StringBuilder();
        defaultPorts().forEach((part, port) -> list
            .append(String.format("                                        %-18s %d%n", part, port)));
        return list.toString();
    }
}

package csp.enrollment.localstack.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * The sizes and waits of a fault run, every one changeable on the command line.
 *
 * @param dataDir where the suite keeps the stacks' data (deleted first) and the child's
 * log
 * @param scenarios which scenarios run, in the order of {@link Scenario}
 * @param killApplications applications the kill -9 scenario submits
 * @param outageApplications applications each outage scenario submits
 * @param rate offered rate of the kill -9 scenario's submissions, per second
 * @param outage how long SMTP and the credit bureau are down
 * @param patience longest wait for a scenario's applications to complete
 * @param lease lease of claimed work in the killed stack (outbox, e-mails, credit
 * checks), so work claimed at the moment of the kill is taken up again after this instead
 * of minutes
 */
public record FaultSettings(Path dataDir, Set<Scenario> scenarios, int killApplications, int outageApplications,
        int rate, Duration outage, Duration patience, Duration lease) {

    /** The scenarios of issue 8, by their command-line names. */
    public enum Scenario {

        KILL("kill"), SMTP("smtp"), BUREAU("bureau"), POISON("poison"), HTTP("http");

        private final String option;

        Scenario(String option) {
            this.option = option;
        }

        static Scenario of(String option) {
            return Arrays.stream(values())
                .filter(s -> s.option.equals(option.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown scenario '" + option + "'; known are kill, smtp, bureau, poison, http"));
        }

    }

    static final String USAGE = """
            Fault suite: java -jar local-stack/target/local-stack.jar --faults [options]
              --data-dir=DIR                    data of the stacks and the child's log (default ./.local-stack-faults; emptied first)
              --fault-scenarios=LIST            any of kill,smtp,bureau,poison,http (default all)
              --fault-applications=N            applications of the kill -9 scenario (default 240)
              --fault-outage-applications=N     applications of each outage scenario (default 60)
              --fault-rate=N                    offered rate of the kill -9 scenario, per second (default 12)
              --fault-outage=DURATION           how long SMTP and the credit bureau are down (default 30s)
              --fault-patience=DURATION         longest wait for a scenario to complete (default 180s)
              --fault-lease=DURATION            lease of claimed work in the killed stack (default 20s)
            """;

    /** The defaults of the command; tests shrink them. */
    public static FaultSettings defaults(Path dataDir) {
        return new FaultSettings(dataDir, Set.of(Scenario.values()), 240, 60, 12, Duration.ofSeconds(30),
                Duration.ofSeconds(180), Duration.ofSeconds(20));
    }

    static FaultSettings parse(String... args) {
        var source = new SimpleCommandLinePropertySource(args);
        for (String conflicting : new String[] { "demo", "bench", "external-smtp" }) {
            if (source.containsProperty(conflicting)) {
                throw new IllegalArgumentException(
                        "--faults runs its own stacks and mail server: drop --" + conflicting);
            }
        }
        FaultSettings defaults = defaults(
                Path.of(text(source, "data-dir", ".local-stack-faults")).toAbsolutePath().normalize());
        Set<Scenario> scenarios = new LinkedHashSet<>();
        String list = text(source, "fault-scenarios", "kill,smtp,bureau,poison,http");
        for (String name : list.split(",")) {
            scenarios.add(Scenario.of(name));
        }
        return new FaultSettings(defaults.dataDir(), Set.copyOf(scenarios),
                number(source, "fault-applications", defaults.killApplications()),
                number(source, "fault-outage-applications", defaults.outageApplications()),
                number(source, "fault-rate", defaults.rate()), duration(source, "fault-outage", defaults.outage()),
                duration(source, "fault-patience", defaults.patience()),
                duration(source, "fault-lease", defaults.lease()));
    }

    boolean runs(Scenario scenario) {
        return scenarios.contains(scenario);
    }

    FaultSettings withDataDir(Path newDataDir) {
        return new FaultSettings(newDataDir, scenarios, killApplications, outageApplications, rate, outage, patience,
                lease);
    }

    private static String text(SimpleCommandLinePropertySource source, String name, String fallback) {
        String value = source.getProperty(name);
        if (source.containsProperty(name) && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("--" + name + " needs a value");
        }
        return value == null ? fallback : value;
    }

    private static int number(SimpleCommandLinePropertySource source, String name, int fallback) {
        String value = text(source, name, Integer.toString(fallback));
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1 || number > 100_000) {
                throw new IllegalArgumentException("--" + name + " must be between 1 and 100000");
            }
            return number;
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    private static Duration duration(SimpleCommandLinePropertySource source, String name, Duration fallback) {
        String value = text(source, name, null);
        if (value == null) {
            return fallback;
        }
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(value.trim());
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new IllegalArgumentException(
                    "--" + name + " must be a duration such as 30s or 2m, not '" + value + "'");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return duration;
    }
}

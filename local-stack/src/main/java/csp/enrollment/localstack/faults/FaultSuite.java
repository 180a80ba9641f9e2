package csp.enrollment.localstack.faults;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import csp.enrollment.infrastructure.Directories;
import csp.enrollment.localstack.faults.FaultSettings.Scenario;

/**
 * {@code --faults}: runs the scenarios of issue 8 on fresh stacks and prints the fault
 * table. The kill -9 scenario runs the stack as a child process; the others share one
 * stack in this JVM.
 */
public final class FaultSuite {

    private final FaultSettings settings;

    private final Progress progress;

    public FaultSuite(FaultSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Parses the command line, runs, prints; the exit code is 0 when every scenario
     * passed.
     */
    public static int run(String[] args, PrintStream out) {
        FaultSettings settings;
        try {
            settings = FaultSettings.parse(args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.err.println(FaultSettings.USAGE);
            return 2;
        }
        List<ScenarioResult> results = new FaultSuite(settings, new Progress(out)).run();
        ResultTable.print(results, out);
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }

    List<ScenarioResult> run() {
        Directories.deleteQuietly(settings.dataDir());
        progress.say("faults", "scenarios %s; data in %s", settings.scenarios(), settings.dataDir());
        List<ScenarioResult> results = new ArrayList<>();
        if (settings.runs(Scenario.KILL)) {
            results.add(guarded(KillScenario.NAME, () -> new KillScenario(settings, progress).run()));
        }
        if (settings.runs(Scenario.SMTP) || settings.runs(Scenario.BUREAU) || settings.runs(Scenario.POISON)
                || settings.runs(Scenario.HTTP)) {
            progress.say("faults", "starting a stack in this JVM for the other scenarios");
            try (InProcessStack stack = InProcessStack.start(settings.dataDir().resolve("in-process"))) {
                if (settings.runs(Scenario.SMTP)) {
                    results.add(guarded(SmtpOutageScenario.NAME,
                            () -> new SmtpOutageScenario(stack, settings, progress).run()));
                }
                if (settings.runs(Scenario.BUREAU)) {
                    results.add(guarded(BureauOutageScenario.NAME,
                            () -> new BureauOutageScenario(stack, settings, progress).run()));
                }
                if (settings.runs(Scenario.POISON)) {
                    results.add(guarded(PoisonRecordScenario.NAME,
                            () -> new PoisonRecordScenario(stack, settings, progress).run()));
                }
                if (settings.runs(Scenario.HTTP)) {
                    results.add(guarded(HostileRequestScenario.NAME,
                            () -> new HostileRequestScenario(stack, settings, progress).run()));
                }
            }
            catch (RuntimeException ex) {
                results
                    .add(new ScenarioResult.Builder("in-process stack").fail("could not start or stop: " + ex).build());
            }
        }
        return results;
    }

    /**
     * A scenario that throws fails with the exception as its cause instead of ending the
     * suite.
     */
    private ScenarioResult guarded(String name, ScenarioRun run) {
        progress.say("faults", "--- %s ---", name);
        try {
            ScenarioResult result = run.run();
            progress.say("faults", "%s: %s", name,
                    result.passed() ? "PASS"
                            + (result.knownIssues().isEmpty() ? "" : " with known issues " + result.knownIssues())
                            : "FAIL " + result.failures());
            return result;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new ScenarioResult.Builder(name).fail("interrupted").build();
        }
        catch (Exception ex) {
            progress.say("faults", "%s: FAIL with %s", name, ex);
            return new ScenarioResult.Builder(name).fail("it broke off: " + ex).build();
        }
    }

    @FunctionalInterface
    interface ScenarioRun {

        ScenarioResult run() throws Exception;

    }

}

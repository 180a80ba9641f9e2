package csp.enrollment.localstack.command;

import csp.enrollment.localstack.LocalStack;
import csp.enrollment.localstack.LocalStackOptions;
import csp.enrollment.localstack.bench.Benchmark;
import csp.enrollment.localstack.faults.FaultSuite;

/**
 * The jar's entry point ({@code java -jar local-stack.jar}): the stack (and its demo),
 * {@code --bench} or {@code --faults}. The only class that knows all three, so the stack
 * knows neither tool and the tools depend on the stack, never the other way round.
 */
public final class LocalStackCommand {

    private LocalStackCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (LocalStackOptions.wantsHelp(args)) {
            System.out.println(LocalStackOptions.USAGE);
            return;
        }
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.err.println(LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.bench()) {
            System.exit(Benchmark.runOnFreshStack(options, System.out));
        }
        else if (LocalStackOptions.wantsFaults(args)) {
            System.exit(FaultSuite.run(args, System.out));
        }
        else {
            LocalStack.run(options);
        }
    }

}

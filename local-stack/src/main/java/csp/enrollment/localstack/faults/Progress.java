package csp.enrollment.localstack.faults;

import java.io.PrintStream;
import java.util.Locale;

/** Timestamped progress lines, so a long run shows what it is waiting for. */
public final class Progress {

    private final PrintStream out;

    private final long begin = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    void say(String scenario, String format, Object... args) {
        double seconds = (System.nanoTime() - begin) / 1e9;
        synchronized (out) {
            out.printf(Locale.ROOT, "[%6.1fs] %-7s %s%n", seconds, scenario, String.format(Locale.ROOT, format, args));
            out.flush();
        }
    }

    PrintStream out() {
        return out;
    }

}

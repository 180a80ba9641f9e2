package csp.enrollment.localstack.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does.
 *
 * @param applications applications of the throughput phase
 * @param rate offered rate of the latency phase, applications per second
 * @param latencyPhase how long the latency phase offers {@code rate}
 * @param preload finished enrollments put through the pipeline before anything is
 * measured
 * @param out where the JSON figures go
 */
public record BenchSettings(int applications, int rate, Duration latencyPhase, int preload, Path out) {
}

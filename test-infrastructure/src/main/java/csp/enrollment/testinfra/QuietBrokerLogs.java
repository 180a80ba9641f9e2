package csp.enrollment.testinfra;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/**
 * The in-process broker and the container machinery log a great deal at INFO (and at
 * DEBUG before Spring Boot configured logging). Their server-side loggers, and the
 * configuration dumps every Kafka client prints, are turned down to WARN so test output
 * shows the services. A level given as a system property wins.
 */
final class QuietBrokerLogs {

    static final List<String> LOGGERS = List.of("kafka", "state.change.logger", "org.apache.kafka.controller",
            "org.apache.kafka.raft", "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.server",
            "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.queue",
            "org.apache.kafka.snapshot", "org.apache.kafka.network", "org.apache.kafka.common.config.AbstractConfig",
            "com.icegreen.greenmail", "de.bwaldvogel.mongo", "com.github.dockerjava");

    private static final String DOCKER_PROBE_LOGGER = "org.testcontainers.dockerclient";

    private QuietBrokerLogs() {
    }

    static void apply() {
        for (String logger : LOGGERS) {
            String property = "logging.level." + logger;
            if (System.getProperty(property) == null) {
                // Spring Boot reads these when it (re)configures logging for each
                // application context
                System.setProperty(property, "WARN");
            }
        }
        if (logback()) {
            LogbackLevels.useInfoUntilConfigured();
            LogbackLevels.set(LOGGERS, "WARN");
        }
    }

    /**
     * Asks whether Docker answers without Testcontainers' error report when it does not:
     * the fallback is expected.
     */
    static boolean probeQuietly(BooleanSupplier probe) {
        return logback() ? LogbackLevels.silenced(DOCKER_PROBE_LOGGER, probe) : probe.getAsBoolean();
    }

    private static boolean logback() {
        return LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback");
    }

}

package csp.enrollment.testinfra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/** Loaded only when Logback is the logging backend. */
final class LogbackLevels {

    private LogbackLevels() {
    }

    static void set(List<String> loggers, String level) {
        for (String name : loggers) {
            if (System.getProperty("logging.level." + name, level).equalsIgnoreCase(level)) {
                ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.toLevel(level));
            }
        }
    }

    static boolean silenced(String name, BooleanSupplier action) {
        Logger logger = (Logger) LoggerFactory.getLogger(name);
        Level level = logger.getLevel();
        logger.setLevel(Level.OFF);
        try {
            return action.getAsBoolean();
        }
        finally {
            logger.setLevel(level);
        }
    }

    /**
     * Without a configuration file Logback logs everything at DEBUG until Spring Boot
     * sets INFO; the infrastructure starts before that, so the Boot default is applied
     * early.
     */
    static void useInfoUntilConfigured() {
        ClassLoader loader = LogbackLevels.class.getClassLoader();
        boolean configured = loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null
                || System.getProperty("logback.configurationFile") != null;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!configured && !root.getLevel().isGreaterOrEqual(Level.INFO)) {
            root.setLevel(Level.INFO);
        }
    }

}

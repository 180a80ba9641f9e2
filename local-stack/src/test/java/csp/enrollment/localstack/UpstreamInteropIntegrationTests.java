package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client not written here against the whole stack: {@code interop/upstream.js} (kafkajs
 * and {@code @kafkajs/confluent-schema-registry}) logs in as {@code upstream} with
 * SCRAM-SHA-512, produces applications as an upstream system would, is refused a forged
 * pipeline event, decodes the pipeline's answers through the registry and uses its
 * compatibility and config endpoints. Skipped where Node.js or the script's
 * {@code node_modules} ({@code npm ci} in {@code interop/}) are missing; CI installs
 * both.
 */
class UpstreamInteropIntegrationTests {

    private static final Path SCRIPT_DIR = Path.of("").toAbsolutePath().resolveSibling("interop");

    private static final long TIMEOUT_MINUTES = 4;

    @TempDir
    Path dataDir;

    @Test
    void anUpstreamSystemWithThirdPartyClientsProducesReadsAndUsesTheRegistry() throws Exception {
        assumeTrue(nodeAnswers(),
                "Node.js is not installed: `node --version` failed, so the interop script cannot run");
        assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules")),
                "The interop script's packages are missing: run `npm ci` in " + SCRIPT_DIR);
        try (LocalStack stack = LocalStack.startOnFreePorts(dataDir)) {
            Path log = dataDir.resolve("interop.log");
            ProcessBuilder node = new ProcessBuilder("node", "upstream.js").directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
            node.environment().put("KAFKA_BROKERS", stack.parts().kafka.bootstrapServers());
            node.environment().put("KAFKA_SASL_USERNAME", KafkaDevelopmentLogins.UPSTREAM.name());
            node.environment().put("KAFKA_SASL_PASSWORD", KafkaDevelopmentLogins.UPSTREAM.password());
            node.environment().put("SCHEMA_REGISTRY_URL", stack.parts().registry.url());
            node.environment().put("INTEROP_TIMEOUT_MS", "120000");
            Process script = node.start();
            boolean ended = script.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                script.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);

            assertThat(ended).as("the interop script ended within " + TIMEOUT_MINUTES + " minutes:%n%s", output)
                .isTrue();
            assertThat(script.exitValue()).as("the interop script's exit code; its output:%n%s", output).isZero();
        }
    }

    private static boolean nodeAnswers() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}

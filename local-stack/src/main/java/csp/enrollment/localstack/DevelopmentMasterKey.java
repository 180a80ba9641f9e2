package csp.enrollment.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The local master key that wraps intake's data keys in the local stack: DEVELOPMENT
 * ONLY. Made at random on the first start and kept with the rest of the stack's data
 * (readable by its owner only), so sealed bank details stay readable across restarts; a
 * deployment uses a KMS (docs/personal-data.md#keys).
 */
final class DevelopmentMasterKey {

    static final String NAME = "localstack";

    private static final int BYTES = 96;

    private DevelopmentMasterKey() {
    }

    /**
     * intake's {@code pipeline.privacy.*} properties for the key kept under
     * {@code dataDir}.
     */
    static Map<String, Object> intakeProperties(Path dataDir) {
        return Map.of("pipeline.privacy.local-master-keys." + NAME, keyIn(dataDir.resolve("enrollment-intake")),
                "pipeline.privacy.active-provider", "local:" + NAME);
    }

    private static synchronized String keyIn(Path directory) {
        Path file = directory.resolve("development-master-key.b64");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(directory);
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Path written = Files.writeString(directory.resolve("development-master-key.b64.new"), encoded,
                    StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps its directory's permissions
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return encoded;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read or create the development master key " + file, ex);
        }
    }

}

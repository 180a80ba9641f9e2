package csp.enrollment.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key pair that signs every token. Kept in a JWK file when a location is
 * configured (the local stack uses its data dir), so tokens survive a restart; created
 * there on first start, readable by the owner only.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /**
     * The key in {@code location}, created when missing; a fresh key when
     * {@code location} is null.
     */
    public static RSAKey loadOrCreate(Path location) {
        if (location == null) {
            return generate();
        }
        try {
            if (Files.exists(location)) {
                return RSAKey.parse(Files.readString(location, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            write(location, key);
            return key;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Signing key " + location + " could not be read or written", ex);
        }
        catch (ParseException ex) {
            throw new IllegalStateException("Signing key " + location + " is not an RSA JWK: " + ex.getMessage(), ex);
        }
    }

    private static RSAKey generate() {
        try {
            // The key id is the key's own thumbprint: stable for a kept key, so verifiers
            // cache it.
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("No RSA key could be generated", ex);
        }
    }

    private static void write(Path location, RSAKey key) throws IOException {
        Path directory = location.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, location.getFileName().toString(), ".partial");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps its folder's permissions.
        }
        Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(partial, location, StandardCopyOption.ATOMIC_MOVE);
    }

}

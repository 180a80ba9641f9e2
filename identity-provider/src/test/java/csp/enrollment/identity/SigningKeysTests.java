package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

import csp.enrollment.identity.token.SigningKeys;

class SigningKeysTests {

    @TempDir
    Path dataDir;

    @Test
    void aKeptKeyIsTheSameAfterARestart() {
        Path location = dataDir.resolve("identity-provider").resolve("signing-key.jwk");

        RSAKey first = SigningKeys.loadOrCreate(location);
        RSAKey afterRestart = SigningKeys.loadOrCreate(location);

        assertThat(afterRestart).isEqualTo(first);
        assertThat(afterRestart.isPrivate()).isTrue();
        assertThat(afterRestart.getKeyID()).isNotBlank();
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        Path location = dataDir.resolve("signing-key.jwk");

        SigningKeys.loadOrCreate(location);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(location))).isEqualTo("rw-------");
    }

    @Test
    void withoutALocationEveryStartHasANewKey() {
        assertThat(SigningKeys.loadOrCreate(null)).isNotEqualTo(SigningKeys.loadOrCreate(null));
    }

}

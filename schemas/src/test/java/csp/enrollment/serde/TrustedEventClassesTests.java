package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;

/** Avro creates the pipeline's event classes, and still no class of another package. */
class TrustedEventClassesTests {

    @Test
    void trustsTheGeneratedEventClassesOnly() {
        TrustedEventClasses.trust();

        ClassSecurityValidator.validate(EnrollmentSubmitted.class);
        ClassSecurityValidator.validate(EnrollmentType.class);
        assertThat(TrustedEventClasses.isEvent(AvroDeserializer.class)).isFalse();
        assertThatThrownBy(() -> ClassSecurityValidator.validate(AvroDeserializer.class))
            .isInstanceOf(SecurityException.class)
            .hasMessageContaining(AvroDeserializer.class.getName());
    }

    @Test
    void aSecondCallChangesNothing() {
        TrustedEventClasses.trust();
        var predicate = ClassSecurityValidator.getGlobal();

        TrustedEventClasses.trust();

        assertThat(ClassSecurityValidator.getGlobal()).isSameAs(predicate);
    }

}

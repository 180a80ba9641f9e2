package csp.enrollment.creditcheck;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class CreditCheckApplication {

    /** The service's name: its configuration file ({@code credit-check-service.yml}), consumer group and database. */
    public static final String NAME = "credit-check-service";

    private static final String AVRO_TRUSTED_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file, so several services can share one JVM. */
    public static SpringApplicationBuilder builder() {
        // Avro refuses to instantiate generated classes outside trusted packages.
        if (System.getProperty(AVRO_TRUSTED_PACKAGES) == null) {
            System.setProperty(AVRO_TRUSTED_PACKAGES, "csp.enrollment.events");
        }
        return new SpringApplicationBuilder(CreditCheckApplication.class).properties("spring.config.name=" + NAME);
    }
}

package csp.enrollment.verification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VerificationApplication {

    /**
     * The service's name: its configuration file ({@code verification-service.yml}),
     * consumer group and database.
     */
    public static final String NAME = "verification-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application with its own configuration file, so several services can share one
     * JVM.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(VerificationApplication.class).properties("spring.config.name=" + NAME);
    }

}

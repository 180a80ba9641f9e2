package csp.enrollment.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class EnrollmentIntakeApplication {

    /**
     * The service's name: its configuration file ({@code enrollment-intake.yml}),
     * consumer group and database.
     */
    public static final String NAME = "enrollment-intake";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application with its own configuration file, so several services can share one
     * JVM.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(EnrollmentIntakeApplication.class).properties("spring.config.name=" + NAME);
    }

}

package csp.enrollment.creditcheck;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class CreditCheckApplication {

    /**
     * The service's name: its configuration file ({@code credit-check-service.yml}),
     * consumer group and database.
     */
    public static final String NAME = "credit-check-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application with its own configuration file, so several services can share one
     * JVM.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CreditCheckApplication.class).properties("spring.config.name=" + NAME);
    }

}

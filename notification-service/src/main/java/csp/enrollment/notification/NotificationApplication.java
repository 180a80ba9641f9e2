package csp.enrollment.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class NotificationApplication {

    /**
     * The service's name: its configuration file ({@code notification-service.yml}),
     * consumer group and database.
     */
    public static final String NAME = "notification-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application with its own configuration file, so several services can share one
     * JVM.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(NotificationApplication.class).properties("spring.config.name=" + NAME);
    }

}

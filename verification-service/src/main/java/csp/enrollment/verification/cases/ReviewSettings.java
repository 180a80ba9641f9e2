package csp.enrollment.verification.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param overdueAfter a pending review waiting longer than this is listed as overdue
 */
@ConfigurationProperties("verification.review")
public record ReviewSettings(@DefaultValue("P3D") Duration overdueAfter) {
}

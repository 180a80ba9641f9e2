package csp.enrollment.notification.email;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was e-mailed about an enrollment, when, and how far each e-mail got. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Emails emails;

    NotificationController(Emails emails) {
        this.emails = emails;
    }

    @GetMapping
    @Operation(summary = "The e-mails of an enrollment, oldest first (an unknown enrollment has none)")
    List<EmailView> ofEnrollment(@Parameter(description = "The enrollment id") @RequestParam String enrollmentId) {
        return emails.ofEnrollment(enrollmentId).stream().map(EmailView::of).toList();
    }

}

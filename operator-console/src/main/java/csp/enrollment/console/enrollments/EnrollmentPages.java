package csp.enrollment.console.enrollments;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import csp.enrollment.console.web.ApiProblem;
import csp.enrollment.console.web.PageNotFound;
import csp.enrollment.console.web.ServiceApis;

/**
 * Find an enrollment, and its timeline: statuses with their reasons, and the e-mails
 * sent.
 */
@Controller
class EnrollmentPages {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static final Pattern MPN_ID = Pattern.compile("[0-9]{6,10}");

    private final ServiceApis apis;

    EnrollmentPages(ServiceApis apis) {
        this.apis = apis;
    }

    /**
     * One search box: an enrollment id opens it (or, if none has that id, searches it as
     * a tenant id), digits are an MPN ID, anything with {@code @} an admin's e-mail
     * address.
     */
    @GetMapping("/enrollments")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q == null || q.isBlank()) {
            return "enrollments";
        }
        String query = q.strip();
        if (UUID.matcher(query).matches() && exists(query)) {
            return "redirect:/enrollments/" + query;
        }
        String parameter = UUID.matcher(query).matches() ? "tenantId"
                : MPN_ID.matcher(query).matches() ? "mpnId" : query.contains("@") ? "adminEmail" : null;
        if (parameter == null) {
            model.addAttribute("problem", "Search by an enrollment id, a tenant id, an MPN ID (6 to 10 digits) "
                    + "or an admin's e-mail address.");
            return "enrollments";
        }
        try {
            model.addAttribute("found",
                    apis.intake()
                        .get()
                        .uri("/api/enrollments?{parameter}={value}", parameter, query)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<EnrollmentSummary>>() {
                        }));
        }
        catch (ApiProblem problem) {
            model.addAttribute("problem", problem.getMessage());
        }
        return "enrollments";
    }

    @GetMapping("/enrollments/{enrollmentId}")
    String enrollment(@PathVariable String enrollmentId, Model model) {
        try {
            model.addAttribute("enrollment",
                    apis.intake().get().uri("/api/enrollments/{id}", enrollmentId).retrieve().body(Enrollment.class));
        }
        catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throw new PageNotFound("No enrollment " + enrollmentId + ".");
            }
            throw problem;
        }
        model.addAttribute("emails",
                apis.notification()
                    .get()
                    .uri("/api/notifications?enrollmentId={id}", enrollmentId)
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<Email>>() {
                    }));
        return "enrollment";
    }

    private boolean exists(String enrollmentId) {
        try {
            apis.intake().get().uri("/api/enrollments/{id}", enrollmentId).retrieve().toBodilessEntity();
            return true;
        }
        catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return false;
            }
            throw problem;
        }
    }

}

package csp.enrollment.console.reviews;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import csp.enrollment.console.web.ApiProblem;
import csp.enrollment.console.web.PageNotFound;
import csp.enrollment.console.web.ServiceApis;

/**
 * The review queue, one case, and the reviewer's decision (verification-service's review
 * API).
 */
@Controller
class ReviewPages {

    private static final ParameterizedTypeReference<List<Review>> REVIEWS = new ParameterizedTypeReference<>() {
    };

    private final ServiceApis apis;

    ReviewPages(ServiceApis apis) {
        this.apis = apis;
    }

    /** Pending reviews, oldest first (the service's order), overdue ones marked. */
    @GetMapping("/reviews")
    String queue(Model model) {
        model.addAttribute("reviews",
                apis.verification().get().uri("/api/reviews?status=PENDING&limit=500").retrieve().body(REVIEWS));
        return "reviews";
    }

    @GetMapping("/reviews/{enrollmentId}")
    String review(@PathVariable String enrollmentId, Model model) {
        model.addAttribute("verification", find(enrollmentId));
        return "review";
    }

    /**
     * Approves or rejects; a decision needs a reason (the service requires one to reject,
     * the console always).
     */
    @PostMapping("/reviews/{enrollmentId}/decision")
    String decide(@PathVariable String enrollmentId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            return again(enrollmentId, model, "Choose Approve or Reject.", reason);
        }
        if (reason == null || reason.isBlank()) {
            return again(enrollmentId, model, "Give the reason for your decision: it is stored with it.", reason);
        }
        try {
            Review decided = apis.verification()
                .post()
                .uri("/api/reviews/{id}/decision", enrollmentId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", decision, "reason", reason.strip()))
                .retrieve()
                .body(Review.class);
            redirect.addFlashAttribute("notice", (decided.decision().equals("APPROVE") ? "Approved" : "Rejected")
                    + " by " + decided.reviewer() + ": " + nameOf(decided) + ".");
            return "redirect:/enrollments/" + enrollmentId;
        }
        catch (ApiProblem problem) {
            return again(enrollmentId, model, problem.getMessage(), reason);
        }
    }

    private String again(String enrollmentId, Model model, String problem, String reason) {
        model.addAttribute("verification", find(enrollmentId));
        model.addAttribute("problem", problem);
        model.addAttribute("reason", reason);
        return "review";
    }

    private VerificationCase find(String enrollmentId) {
        try {
            return apis.verification()
                .get()
                .uri("/api/verifications/{id}", enrollmentId)
                .retrieve()
                .body(VerificationCase.class);
        }
        catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throw new PageNotFound("No verification case for enrollment " + enrollmentId + ".");
            }
            throw problem;
        }
    }

    private static String nameOf(Review review) {
        return review.legalName() == null ? review.enrollmentId() : review.legalName();
    }

}

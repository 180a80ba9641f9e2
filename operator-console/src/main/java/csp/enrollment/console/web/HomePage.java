package csp.enrollment.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page is the work a person can do: reviewers the queue, everyone else the
 * search.
 */
@Controller
class HomePage {

    @GetMapping("/")
    String home(Authentication person) {
        return Permissions.of(person).readReviews() ? "redirect:/reviews" : "redirect:/enrollments";
    }

    @GetMapping("/forbidden")
    String forbidden() {
        return "forbidden";
    }

}

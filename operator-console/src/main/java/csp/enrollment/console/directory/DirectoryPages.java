package csp.enrollment.console.directory;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import csp.enrollment.console.web.ApiProblem;
import csp.enrollment.console.web.ServiceApis;

/**
 * The partner-network directory that verification checks an MPN ID against: look up a
 * membership (reviewers and operators) and set it (operators, scope
 * {@code directory.write}; the service checks the scope again).
 */
@Controller
class DirectoryPages {

    private static final Pattern MPN_ID = Pattern.compile("[0-9]{6,10}");

    private final ServiceApis apis;

    DirectoryPages(ServiceApis apis) {
        this.apis = apis;
    }

    @GetMapping("/directory")
    String lookUp(@RequestParam(required = false) String mpnId, Model model) {
        if (mpnId == null || mpnId.isBlank()) {
            return "directory";
        }
        String wanted = mpnId.strip();
        model.addAttribute("mpnId", wanted);
        if (!MPN_ID.matcher(wanted).matches()) {
            model.addAttribute("problem", "An MPN ID is 6 to 10 digits.");
            return "directory";
        }
        try {
            model.addAttribute("membership",
                    apis.verification()
                        .get()
                        .uri("/api/partner-network/memberships/{mpnId}", wanted)
                        .retrieve()
                        .body(Membership.class));
        }
        catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            model.addAttribute("unknown", true);
        }
        return "directory";
    }

    /**
     * Creates or replaces the membership; a field the service refuses comes back as the
     * page's problem.
     */
    @PostMapping("/directory/{mpnId}")
    String set(@PathVariable String mpnId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String countryCode, RedirectAttributes redirect) {
        // a blank field goes to the service as blank, which names it as required
        String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        try {
            Membership set = apis.verification()
                .put()
                .uri("/api/partner-network/memberships/{mpnId}", mpnId)
                .body(Map.of("status", status == null ? "" : status, "countryCode", country))
                .retrieve()
                .body(Membership.class);
            redirect.addFlashAttribute("notice", "Saved: MPN ID " + set.mpnId() + " is "
                    + set.status().toLowerCase(Locale.ROOT) + " for " + set.countryCode() + ".");
        }
        catch (ApiProblem problem) {
            redirect.addFlashAttribute("problem", "Not saved: " + problem.getMessage());
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/directory").queryParam("mpnId", mpnId).encode().toUriString();
    }

}

package csp.enrollment.console.deadletters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import csp.enrollment.console.web.ApiProblem;
import csp.enrollment.console.web.PageNotFound;
import csp.enrollment.console.web.ServiceApis;

/**
 * The dead letters of every service, newest first, and their replay (once each: the
 * service refuses a second).
 */
@Controller
class DeadLetterPages {

    private static final ParameterizedTypeReference<List<DeadLetter>> DEAD_LETTERS = new ParameterizedTypeReference<>() {
    };

    private final Map<String, RestClient> services = new LinkedHashMap<>();

    DeadLetterPages(ServiceApis apis) {
        services.put("enrollment-intake", apis.intake());
        services.put("verification-service", apis.verification());
        services.put("credit-check-service", apis.creditCheck());
        services.put("notification-service", apis.notification());
    }

    @GetMapping("/dead-letters")
    String list(Model model) {
        List<DeadLetter> letters = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        services.forEach((name, api) -> {
            try {
                api.get()
                    .uri("/api/dead-letters?limit=100")
                    .retrieve()
                    .body(DEAD_LETTERS)
                    .stream()
                    .map(letter -> letter.inService(name))
                    .forEach(letters::add);
            }
            catch (ApiProblem | org.springframework.web.client.ResourceAccessException ex) {
                unreachable.add(name + ": " + ex.getMessage());
            }
        });
        letters.sort(Comparator.comparing(DeadLetter::time, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("letters", letters);
        model.addAttribute("unreachable", unreachable);
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{service}/{topic}/{partition}/{offset}/replay")
    String replay(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
            @PathVariable long offset, RedirectAttributes redirect) {
        RestClient api = services.get(service);
        if (api == null) {
            throw new PageNotFound("No service " + service + ".");
        }
        String record = topic + "/" + partition + "/" + offset;
        try {
            api.post()
                .uri("/api/dead-letters/{topic}/{partition}/{offset}/replay", topic, partition, offset)
                .retrieve()
                .toBodilessEntity();
            redirect.addFlashAttribute("notice", "Replayed " + record + " to " + topic + " through " + service + ".");
        }
        catch (ApiProblem problem) {
            redirect.addFlashAttribute("problem", "Not replayed " + record + ": " + problem.getMessage());
        }
        return "redirect:/dead-letters";
    }

}

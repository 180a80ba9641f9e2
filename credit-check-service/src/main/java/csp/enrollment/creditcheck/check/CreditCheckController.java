package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.web.InvalidRequestException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operators follow credit checks here: one check with its attempts and decision, or the
 * overdue ones.
 */
@RestController
@RequestMapping("/api/credit-checks")
class CreditCheckController {

    static final int MAX_LIMIT = 500;

    private final CreditCheckManagement management;

    CreditCheckController(CreditCheckManagement management) {
        this.management = management;
    }

    @GetMapping("/{enrollmentId}")
    CreditCheckView check(@PathVariable String enrollmentId) {
        return management.find(enrollmentId)
            .map(check -> CreditCheckView.of(check, management.isOverdue(check)))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No credit check for enrollment " + enrollmentId));
    }

    /**
     * {@code ?overdue=true}: undecided checks past {@code credit-check.overdue-after};
     * else {@code ?state=} filters.
     */
    @GetMapping
    List<CreditCheckView> checks(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) CreditCheckState state, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "OUT_OF_RANGE", "limit is between 1 and " + MAX_LIMIT);
        }
        List<CreditCheck> checks = overdue ? management.overdue(limit) : management.list(state, limit);
        return checks.stream().map(check -> CreditCheckView.of(check, management.isOverdue(check))).toList();
    }

}

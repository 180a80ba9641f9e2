package csp.enrollment.creditcheck.bureau;

import csp.enrollment.creditcheck.web.InvalidRequestException;
import csp.enrollment.creditcheck.web.InvalidRequestException.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' controls of the simulated bureau: the report of a company, and whether the
 * bureau is up.
 */
@RestController
@RequestMapping("/api/credit-bureau")
@SimulatedBureauMode
class SimulatedBureauController {

    private static final Pattern MPN_ID = Pattern.compile("\\d{6,10}");

    private final SimulatedCreditBureau bureau;

    private final SimulatedBureauRecords records;

    private final Clock clock;

    SimulatedBureauController(SimulatedCreditBureau bureau, SimulatedBureauRecords records, Clock clock) {
        this.bureau = bureau;
        this.records = records;
        this.clock = clock;
    }

    /**
     * What the bureau answers for {@code mpnId}: the stored report, or the deterministic
     * score.
     */
    @GetMapping("/reports/{mpnId}")
    ReportView report(@PathVariable String mpnId) {
        return ReportView.of(bureau.reportOf(validMpnId(mpnId)));
    }

    /**
     * Stores the report of a company: {@code {"score": 0..100}} or {@code {"noRecord":
     * true}}, optionally held back for {@code answerAfter}.
     */
    @PutMapping("/reports/{mpnId}")
    ReportView store(@PathVariable String mpnId, @Valid @RequestBody ReportRequest request) {
        String id = validMpnId(mpnId);
        request.validate();
        Instant now = clock.instant();
        SimulatedReport report = new SimulatedReport(id, request.score(), request.isNoRecord(),
                request.answerAfter() == null ? null : now.plus(request.answerAfter()),
                SimulatedReport.Source.OPERATOR);
        records.store(report, now);
        return ReportView.of(report);
    }

    /** Forgets the stored report: the company gets its deterministic score again. */
    @DeleteMapping("/reports/{mpnId}")
    ResponseEntity<Void> remove(@PathVariable String mpnId) {
        records.remove(validMpnId(mpnId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/availability")
    Availability availability() {
        return new Availability(records.available());
    }

    /**
     * {@code {"available": false}} makes the bureau fail every request, as if it were
     * down.
     */
    @PutMapping("/availability")
    Availability setAvailability(@Valid @RequestBody Availability availability) {
        records.setAvailable(availability.available(), clock.instant());
        return availability;
    }

    private static String validMpnId(String mpnId) {
        if (!MPN_ID.matcher(mpnId).matches()) {
            throw new InvalidRequestException("mpnId", "INVALID", "An MPN ID is 6 to 10 digits");
        }
        return mpnId;
    }

    record Availability(@NotNull Boolean available) {
    }

    /**
     * @param answerAfter the bureau says "pending" for this long (ISO-8601, e.g.
     * {@code PT10M}), then answers
     */
    record ReportRequest(@Min(0) @Max(100) Integer score, Boolean noRecord, Duration answerAfter) {

        /** A real bureau answers within days; longer would only overflow the due time. */
        static final Duration LONGEST_WAIT = Duration.ofDays(30);

        boolean isNoRecord() {
            return Boolean.TRUE.equals(noRecord);
        }

        void validate() {
            List<FieldProblem> problems = new ArrayList<>();
            if (isNoRecord() && score != null) {
                problems.add(new FieldProblem("score", "INVALID", "A report has a score or no record, not both"));
            }
            if (!isNoRecord() && score == null) {
                problems.add(new FieldProblem("score", "REQUIRED", "The score (0 to 100) is required"));
            }
            if (answerAfter != null && (answerAfter.isNegative() || answerAfter.compareTo(LONGEST_WAIT) > 0)) {
                problems.add(new FieldProblem("answerAfter", "OUT_OF_RANGE",
                        "answerAfter must be between PT0S and " + LONGEST_WAIT + " (30 days)"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
        }
    }

    record ReportView(String mpnId, Integer score, boolean noRecord, Instant answersFrom, String source) {

        static ReportView of(SimulatedReport report) {
            return new ReportView(report.mpnId(), report.score(), report.noRecord(), report.answersFrom(),
                    report.source().name());
        }
    }

}

package csp.enrollment.intake.web;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import csp.enrollment.intake.application.IdempotencyKeyRule;
import csp.enrollment.intake.application.Submission;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.enrollment.EnrollmentManagement;
import csp.enrollment.intake.enrollment.EnrollmentSummary;
import csp.enrollment.intake.enrollment.PersonalDataErasure;
import csp.enrollment.intake.enrollment.SubmissionOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(EnrollmentController.PATH)
@Tag(name = "Enrollments", description = "Applications to enroll in the CSP program and their status")
class EnrollmentController {

    static final String PATH = "/api/enrollments";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final EnrollmentManagement enrollments;

    private final PersonalDataErasure erasure;

    EnrollmentController(EnrollmentManagement enrollments, PersonalDataErasure erasure) {
        this.enrollments = enrollments;
        this.erasure = erasure;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit an application", description = """
            Validates the application, stores it and announces it as EnrollmentSubmitted on \
            enrollment.submitted. Every problem of an invalid application is listed in one 400 answer; \
            nothing is stored or emitted then.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiSchemas.Application.class))),
            responses = { @ApiResponse(responseCode = "202", description = "Accepted as a new enrollment.",
                    headers = @Header(name = "Location", description = "/api/enrollments/{enrollmentId}"),
                    content = @Content(schema = @Schema(implementation = EnrollmentAccepted.class))),
                    @ApiResponse(responseCode = "200", description = """
                            The same Idempotency-Key with the same application again: the enrollment accepted \
                            before; nothing is emitted again.""",
                            headers = @Header(name = "Location", description = "/api/enrollments/{enrollmentId}"),
                            content = @Content(schema = @Schema(implementation = EnrollmentAccepted.class))),
                    @ApiResponse(responseCode = "400", description = """
                            Invalid application, malformed JSON, a value of the wrong type, an unknown enum value or \
                            an invalid Idempotency-Key: every problem is listed in errors.""",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "409",
                            description = "The Idempotency-Key was used before for a different application.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "415", description = "The Content-Type is not application/json.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "503",
                            description = "The service cannot store applications right now; "
                                    + "retry with the same Idempotency-Key.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> submit(@RequestBody byte[] body, @Parameter(in = ParameterIn.HEADER, description = """
            Makes retrying safe: the same key with the same application returns the same enrollment. \
            At most 128 printable ASCII characters.""") @RequestHeader(name = IDEMPOTENCY_KEY,
            required = false) String idempotencyKey, @Parameter(hidden = true) Principal caller) {
        var read = ApplicationJsonReader.read(body);
        List<Violation> readingProblems = new ArrayList<>(read.problems());
        if (idempotencyKey != null) {
            IdempotencyKeyRule.check(idempotencyKey, IDEMPOTENCY_KEY).ifPresent(readingProblems::add);
        }
        var submission = new Submission(read.form(), idempotencyKey, caller.getName(), Submission.Channel.HTTP, null,
                readingProblems);
        SubmissionOutcome outcome = enrollments.submit(submission);
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return ResponseEntity.accepted()
                .location(location(accepted.enrollmentId()))
                .body(new EnrollmentAccepted(accepted.enrollmentId(), "SUBMITTED"));
        }
        if (outcome instanceof SubmissionOutcome.Repeated repeated) {
            return ResponseEntity.ok()
                .location(location(repeated.enrollmentId()))
                .body(new EnrollmentAccepted(repeated.enrollmentId(), "SUBMITTED"));
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return Problems.invalidApplication(invalid.violations(), PATH);
        }
        return Problems.idempotencyKeyReused(PATH);
    }

    @GetMapping("/{enrollmentId}")
    @Operation(summary = "An enrollment's status and history",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The enrollment.",
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "404", description = "No such enrollment.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> find(@PathVariable String enrollmentId, HttpServletRequest request) {
        return enrollments.find(enrollmentId)
            .<ResponseEntity<?>>map(details -> ResponseEntity.ok(EnrollmentView.of(details)))
            .orElseGet(() -> Problems.enrollmentNotFound(request.getRequestURI()));
    }

    @GetMapping
    @Operation(summary = "Find enrollments", description = """
            For the operator console: the enrollments with an MPN ID, a tenant id or an admin's work e-mail \
            address (in any case), newest first, at most 50. Give exactly one of the three parameters. An \
            enrollment whose personal data was erased is no longer found by its e-mail address.""",
            parameters = {
                    @Parameter(name = "mpnId", in = ParameterIn.QUERY, description = "The MPN ID, exactly.",
                            schema = @Schema(type = "string", maxLength = 10, example = "4412345")),
                    @Parameter(name = "tenantId", in = ParameterIn.QUERY, description = "The tenant id, exactly.",
                            schema = @Schema(type = "string", maxLength = 36,
                                    example = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f")),
                    @Parameter(name = "adminEmail", in = ParameterIn.QUERY,
                            description = "The admin's work e-mail address, in any case.",
                            schema = @Schema(type = "string", maxLength = 254, example = "sanne.devries@contoso.nl")) },
            responses = {
                    @ApiResponse(responseCode = "200", description = "The enrollments found, newest first; maybe none.",
                            content = @Content(array = @ArraySchema(
                                    schema = @Schema(implementation = EnrollmentSummaryView.class)))),
                    @ApiResponse(responseCode = "400", description = """
                            Not exactly one of the parameters, a parameter given twice, a blank value or a value \
                            longer than allowed: every problem is listed in errors.""",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> search(HttpServletRequest request) {
        var read = EnrollmentSearch.read(request.getParameterMap());
        if (!read.problems().isEmpty()) {
            return Problems.invalidQuery(read.problems(), request.getRequestURI());
        }
        return ResponseEntity.ok(found(read.search()).stream().map(EnrollmentSummaryView::of).toList());
    }

    private List<EnrollmentSummary> found(EnrollmentSearch search) {
        return switch (search.by()) {
            case MPN_ID -> enrollments.findByMpnId(search.value());
            case TENANT_ID -> enrollments.findByTenantId(search.value());
            case ADMIN_EMAIL -> enrollments.findByAdminEmail(search.value());
        };
    }

    @DeleteMapping("/{enrollmentId}/personal-data")
    @Operation(summary = "Erase the partner's personal data",
            description = """
                    For an enrollment in a final status (REJECTED, CREDIT_CHECK_FAILED, ENROLLED, TRANSITIONED): deletes the enrollment's data key             (its encrypted bank details can never be read again), anonymises intake's record (names, e-mail             address, address lines, bank details) and announces PersonalDataErased, on which every other service             erases what it holds. Ids, statuses, dates and reason codes are kept. Repeating it changes nothing.""",
            responses = {
                    @ApiResponse(responseCode = "202",
                            description = "Erased here; the other services follow the event."),
                    @ApiResponse(responseCode = "404", description = "No such enrollment.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "409", description = "The enrollment is not in a final status.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> erasePersonalData(@PathVariable String enrollmentId, Principal caller,
            HttpServletRequest request) {
        return switch (erasure.erase(enrollmentId, caller.getName())) {
            case ERASED -> ResponseEntity.accepted().build();
            case NOT_FOUND -> Problems.enrollmentNotFound(request.getRequestURI());
            case NOT_FINAL -> Problems.enrollmentNotFinal(request.getRequestURI());
        };
    }

    private static URI location(String enrollmentId) {
        return URI.create(PATH + "/" + enrollmentId);
    }

}

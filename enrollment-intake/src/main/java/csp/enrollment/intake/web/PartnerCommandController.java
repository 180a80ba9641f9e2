package csp.enrollment.intake.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import csp.enrollment.intake.enrollment.CommandOutcome;
import csp.enrollment.intake.enrollment.PartnerCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The partner's commands that complete an enrollment or move it to the indirect reseller
 * model (contract §8, §9).
 */
@RestController
@RequestMapping(EnrollmentController.PATH + "/{enrollmentId}")
@Tag(name = "Completing an enrollment", description = "The partner's steps after verification: the agreement, "
        + "the support plan, the move from direct bill to indirect reseller")
class PartnerCommandController {

    private static final String AGREEMENT_EXAMPLE = """
            {"agreement": "MICROSOFT_PARTNER_AGREEMENT", "version": "2026-01",
             "acceptedBy": {"name": "Sanne de Vries", "email": "sanne.devries@contoso.nl"}}""";

    private static final String SUPPORT_PLAN_EXAMPLE = """
            {"plan": "ASFP", "purchasedAt": "2026-12-01T09:30:00Z"}""";

    private static final String TRANSITION_EXAMPLE = """
            {"reason": "We will buy through a distributor instead."}""";

    private static final String NOT_PASSED_EXAMPLE = """
            {"type": "urn:csp-enrollment:problem:command-not-allowed", "title": "Not allowed in the enrollment's status",
             "status": 409, "code": "CREDIT_CHECK_NOT_PASSED",
             "detail": "The credit check of this enrollment has not passed: a support plan and the Microsoft Partner \
            Agreement are recorded only in CREDIT_CHECK_PASSED, for a direct bill enrollment.",
             "instance": "/api/enrollments/0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10/support-plan"}""";

    private final PartnerCommands commands;

    PartnerCommandController(PartnerCommands commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept the agreement", description = """
            An indirect reseller accepts INDIRECT_RESELLER_TERMS in VERIFIED; a direct bill partner the \
            MICROSOFT_PARTNER_AGREEMENT in CREDIT_CHECK_PASSED. Announced as AgreementAccepted. An indirect \
            reseller is then ENROLLED; a direct bill partner once its support plan is recorded too, in either \
            order (EnrollmentCompleted). The same agreement again answers 200 and emits nothing; the first \
            acceptance and its version stand.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiSchemas.AgreementCommand.class),
                            examples = @ExampleObject(name = "AgreementCommand", value = AGREEMENT_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Recorded; the enrollment as it stands now.",
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "200", description = "Recorded before; nothing is emitted again.",
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid body: every problem is listed in errors.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "404", description = "No such enrollment.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "409",
                            description = "Not allowed as the enrollment stands: code is "
                                    + "NOT_VERIFIED, CREDIT_CHECK_NOT_PASSED, WRONG_AGREEMENT or ALREADY_FINAL.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> acceptAgreement(@PathVariable String enrollmentId, @RequestBody byte[] body,
            HttpServletRequest request) {
        return answer(commands.acceptAgreement(enrollmentId, CommandJsonReader.agreement(body)), request);
    }

    @PostMapping(path = "/support-plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the support plan", description = """
            A direct bill partner records the support plan (ASFP or PSFP) it bought, only in CREDIT_CHECK_PASSED: \
            a support plan is bought after the credit check passed. Announced as SupportPlanRecorded; with the \
            Microsoft Partner Agreement accepted too the enrollment is ENROLLED. A plan again answers 200 and \
            emits nothing; the first plan stands.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiSchemas.SupportPlanCommand.class),
                            examples = @ExampleObject(name = "SupportPlanCommand", value = SUPPORT_PLAN_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Recorded; the enrollment as it stands now.",
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "200", description = "Recorded before; nothing is emitted again.",
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid body: every problem is listed in errors.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "404", description = "No such enrollment.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "409",
                            description = "Not allowed as the enrollment stands: code is "
                                    + "CREDIT_CHECK_NOT_PASSED (also for an indirect reseller) or ALREADY_FINAL.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class),
                                    examples = @ExampleObject(name = "CREDIT_CHECK_NOT_PASSED",
                                            value = NOT_PASSED_EXAMPLE))) })
    ResponseEntity<?> recordSupportPlan(@PathVariable String enrollmentId, @RequestBody byte[] body,
            HttpServletRequest request) {
        return answer(commands.recordSupportPlan(enrollmentId, CommandJsonReader.supportPlan(body)), request);
    }

    @PostMapping(path = "/transition", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move to the indirect reseller model", description = """
            For a DIRECT_BILL enrollment in ENROLLED or CREDIT_CHECK_FAILED: it becomes TRANSITIONED and a new \
            INDIRECT_RESELLER enrollment with the same company, admin, bank, MPN ID and tenant starts, verified \
            anew (no credit check). Announced as EnrollmentTransitioned, then the new enrollment's \
            EnrollmentSubmitted (with transitionedFrom). Again for the same enrollment: 200 with the same new \
            enrollment.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiSchemas.TransitionCommand.class),
                            examples = @ExampleObject(name = "TransitionCommand", value = TRANSITION_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "The NEW enrollment.",
                            headers = @Header(name = "Location", description = "/api/enrollments/{newEnrollmentId}"),
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "200", description = "Moved before: the same new enrollment.",
                            headers = @Header(name = "Location", description = "/api/enrollments/{newEnrollmentId}"),
                            content = @Content(schema = @Schema(implementation = EnrollmentView.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid body: every problem is listed in errors.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "404", description = "No such enrollment.",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))),
                    @ApiResponse(responseCode = "409",
                            description = "Any other status or type (code " + "TRANSITION_NOT_ALLOWED).",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ApiSchemas.Problem.class))) })
    ResponseEntity<?> transition(@PathVariable String enrollmentId, @RequestBody byte[] body,
            HttpServletRequest request) {
        return answer(commands.transition(enrollmentId, CommandJsonReader.transition(body)), request);
    }

    private static ResponseEntity<?> answer(CommandOutcome outcome, HttpServletRequest request) {
        String instance = request.getRequestURI();
        if (outcome instanceof CommandOutcome.Accepted accepted) {
            return view(HttpStatus.ACCEPTED, EnrollmentView.of(accepted.enrollment()));
        }
        if (outcome instanceof CommandOutcome.Repeated repeated) {
            return view(HttpStatus.OK, EnrollmentView.of(repeated.enrollment()));
        }
        if (outcome instanceof CommandOutcome.Refused refused) {
            return Problems.commandNotAllowed(refused.refusal(), instance);
        }
        if (outcome instanceof CommandOutcome.Invalid invalid) {
            return Problems.invalidCommand(invalid.violations(), instance);
        }
        return Problems.enrollmentNotFound(instance);
    }

    private static ResponseEntity<EnrollmentView> view(HttpStatus status, EnrollmentView enrollment) {
        return ResponseEntity.status(status)
            .location(URI.create(EnrollmentController.PATH + "/" + enrollment.enrollmentId()))
            .body(enrollment);
    }

}

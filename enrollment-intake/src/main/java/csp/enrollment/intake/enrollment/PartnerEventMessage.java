package csp.enrollment.intake.enrollment;

import csp.enrollment.intake.application.ApplicationForm;
import csp.enrollment.intake.completion.RecordedAgreement;
import csp.enrollment.intake.completion.RecordedSupportPlan;
import csp.enrollment.intake.completion.Transition;

/**
 * A partner event to publish, with what its enrollment holds at the time: the event's
 * content is read from there ({@code traceparent}: the trace the command was accepted in,
 * W3C, null if none).
 */
public record PartnerEventMessage(String enrollmentId, PartnerEvent event, String enrollmentType,
        ApplicationForm application, String market, String currency, RecordedAgreement agreement,
        RecordedSupportPlan supportPlan, Transition transition, String traceparent) {
}

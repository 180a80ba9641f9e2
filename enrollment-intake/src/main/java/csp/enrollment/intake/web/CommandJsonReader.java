package csp.enrollment.intake.web;

import tools.jackson.databind.JsonNode;

import csp.enrollment.intake.completion.AgreementForm;
import csp.enrollment.intake.completion.SupportPlanForm;
import csp.enrollment.intake.completion.TransitionForm;

/**
 * Reads the bodies of the partner's commands as leniently as
 * {@link ApplicationJsonReader} reads an application (it does the parsing): a value of
 * the wrong type is a problem naming its field, so every problem is reported at once.
 * Unknown properties are ignored.
 */
final class CommandJsonReader {

    private CommandJsonReader() {
    }

    static AgreementForm agreement(byte[] body) {
        JsonNode root = ApplicationJsonReader.parseObject(body);
        ApplicationJsonReader reader = ApplicationJsonReader.lenient();
        String agreement = reader.text(root, "agreement", "");
        String version = reader.text(root, "version", "");
        JsonNode acceptedBy = reader.object(root, "acceptedBy", "");
        String name = acceptedBy == null ? null : reader.text(acceptedBy, "name", "acceptedBy.");
        String email = acceptedBy == null ? null : reader.text(acceptedBy, "email", "acceptedBy.");
        return new AgreementForm(agreement, version, name, email, reader.problems());
    }

    static SupportPlanForm supportPlan(byte[] body) {
        JsonNode root = ApplicationJsonReader.parseObject(body);
        ApplicationJsonReader reader = ApplicationJsonReader.lenient();
        return new SupportPlanForm(reader.text(root, "plan", ""), reader.text(root, "purchasedAt", ""),
                reader.problems());
    }

    static TransitionForm transition(byte[] body) {
        JsonNode root = ApplicationJsonReader.parseObject(body);
        ApplicationJsonReader reader = ApplicationJsonReader.lenient();
        return new TransitionForm(reader.text(root, "reason", ""), reader.problems());
    }

}

package csp.enrollment.intake.application;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one application, so all of them are reported at once. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public void add(String field, ViolationCode code, String message) {
        list.add(new Violation(field, code, message));
    }

    public void required(String field) {
        add(field, ViolationCode.REQUIRED, "is required");
    }

    public List<Violation> toList() {
        return List.copyOf(list);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}

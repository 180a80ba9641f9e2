package csp.enrollment.work;

import java.util.Objects;

/**
 * A kind of work a service does after it stored what asked for it, e.g.
 * {@code publish-submitted} or {@code send-email}. Its name keys the stored tickets and
 * the settings ({@code pipeline.work.kinds.<name>.*}).
 */
public record WorkKind(String name) {

    public WorkKind {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A work kind is lower-case kebab-case: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

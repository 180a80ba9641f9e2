package csp.enrollment.infrastructure.mongo;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Missing;

/**
 * What the indexes of the embedded server can look up in a query's condition on a field.
 */
final class QueryValues {

    private QueryValues() {
    }

    /**
     * A value to look up as it is: not absent or null (which also match a missing field),
     * not an operator expression such as {@code {$in: [...]}}, a list or a pattern.
     */
    static boolean isPlainValue(Object value) {
        if (value == null || value instanceof Missing || value instanceof Collection<?> || value instanceof Pattern) {
            return false;
        }
        if (value instanceof Map<?, ?> document) {
            return !document.isEmpty()
                    && document.keySet().stream().noneMatch(key -> Objects.toString(key).startsWith("$"));
        }
        return true;
    }

    /** The values of {@code {$in: [...]}} and nothing else, or null. */
    static Collection<?> inList(Object condition) {
        return condition instanceof Map<?, ?> operator && operator.size() == 1
                && operator.get("$in") instanceof Collection<?> values ? values : null;
    }

}

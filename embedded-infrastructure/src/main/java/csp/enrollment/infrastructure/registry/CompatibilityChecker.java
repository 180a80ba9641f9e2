package csp.enrollment.infrastructure.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Checks a candidate schema against earlier versions with Avro's own
 * {@link SchemaCompatibility} and words the problems as Confluent's registry does, one
 * string each: {@code {errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'...',
 * additionalInfo:'taxId'}}, then {@code {oldSchemaVersion: n}}, {@code {oldSchema:
 * '...'}} and {@code {validateFields: 'false', compatibility: 'BACKWARD'}}, so tools that
 * read those messages find what they expect.
 */
final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * No message means compatible; {@code previous} are the subject's live versions,
     * oldest first.
     */
    static List<String> check(CompatibilityLevel level, Schema candidate, List<SchemaStore.Version> previous) {
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return List.of();
        }
        int oldest = level.transitive ? 0 : previous.size() - 1;
        for (int i = previous.size() - 1; i >= oldest; i--) { // newest first, as
                                                              // Confluent reports
            SchemaStore.Version old = previous.get(i);
            List<String> messages = new ArrayList<>();
            if (level.oldReadsNew) {
                messages.addAll(problems(old.schema(), candidate, "old", "new"));
            }
            if (level.newReadsOld) {
                messages.addAll(problems(candidate, old.schema(), "new", "old"));
            }
            if (!messages.isEmpty()) {
                messages.add("{oldSchemaVersion: " + old.version() + "}");
                messages.add("{oldSchema: '" + old.schema() + "'}");
                messages.add("{validateFields: 'false', compatibility: '" + level + "'}");
                return messages;
            }
        }
        return List.of();
    }

    private static List<String> problems(Schema reader, Schema writer, String readerName, String writerName) {
        List<String> messages = new ArrayList<>();
        for (Incompatibility problem : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
            .getResult()
            .getIncompatibilities()) {
            messages.add("{errorType:'" + problem.getType() + "', description:'"
                    + describe(problem, readerName, writerName) + "', additionalInfo:'" + problem.getMessage() + "'}");
        }
        return messages;
    }

    private static String describe(Incompatibility problem, String reader, String writer) {
        String path = problem.getLocation();
        return switch (problem.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "The field '" + problem.getMessage() + "' at path '" + path
                    + "' in the " + reader + " schema has no default value and is missing in the " + writer + " schema";
            case TYPE_MISMATCH -> "The type (path '" + path + "') of a field in the " + reader
                    + " schema does not match with the " + writer + " schema";
            case NAME_MISMATCH -> "The name of the schema has changed (path '" + path + "')";
            case MISSING_ENUM_SYMBOLS -> "The " + reader + " schema is missing enum symbols '" + problem.getMessage()
                    + "' at path '" + path + "' in the " + writer + " schema";
            case MISSING_UNION_BRANCH -> "The " + reader + " schema is missing a type inside a union field at path '"
                    + path + "' in the " + writer + " schema";
            case FIXED_SIZE_MISMATCH -> "The size of FIXED type field at path '" + path + "' in the " + reader
                    + " schema does not match with the " + writer + " schema";
            default -> problem.getMessage();
        };
    }

}

package csp.enrollment.messaging;

/**
 * Removes records from exception texts before they go into dead-letter headers. Spring's
 * conversion errors quote the whole payload, and an Avro record prints as JSON
 * ({@code {"bank": {"iban": ...}}}): every such object is replaced by {@value #REDACTED}.
 */
final class PayloadRedaction {

    static final String REDACTED = "{...record redacted...}";

    private PayloadRedaction() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{\"", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = matchingBrace(text, start);
            out.append(text, i, start).append(REDACTED);
            i = end < 0 ? text.length() : end + 1;
        }
        return out.toString();
    }

    /**
     * The index of the brace closing the one at {@code open}, skipping quoted strings; -1
     * if none.
     */
    private static int matchingBrace(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == '{') {
                depth++;
            }
            else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

}

package csp.enrollment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids. An output event's id is derived from the input event's id, so processing the
 * same input again after a crash emits the same event, which every consumer then drops as
 * a duplicate.
 */
public final class EventIds {

    private EventIds() {
    }

    /** A name-based (type 3) UUID of the input event id and the output event type. */
    public static String derived(String inputEventId, String outputType) {
        return UUID.nameUUIDFromBytes((inputEventId + "/" + outputType).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A new random id, for the first event of an enrollment. */
    public static String random() {
        return UUID.randomUUID().toString();
    }

}

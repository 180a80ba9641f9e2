package csp.enrollment.messaging.deadletter;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dead letters of the topics this service consumes: listed with their cause and
 * whether they were replayed, and replayed once each to their original topic. Consumers
 * drop an event they already applied, so a replay never applies one twice.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** A dead letter and its replay, if it had one. */
    public record Listed(DeadLetter letter, Optional<DeadLetterReplays.Replay> replay) {

        public boolean replayed() {
            return replay.filter(of -> of.state() == DeadLetterReplays.State.REPLAYED).isPresent();
        }
    }

    private final DeadLetterTopics topics;

    private final DeadLetterReplays replays;

    private final ReplayPublisher publisher;

    private final Supplier<Set<String>> consumedTopics;

    DeadLetters(DeadLetterTopics topics, DeadLetterReplays replays, ReplayPublisher publisher,
            Supplier<Set<String>> consumedTopics) {
        this.topics = topics;
        this.replays = replays;
        this.publisher = publisher;
        this.consumedTopics = consumedTopics;
    }

    /** The topics whose dead letters this service serves: those its listeners consume. */
    public Set<String> consumedTopics() {
        return new TreeSet<>(consumedTopics.get());
    }

    /**
     * The newest {@code limit} dead letters of these topics, newest first; each is one
     * this service consumes.
     */
    public List<Listed> latest(Collection<String> of, int limit) {
        List<DeadLetter> letters = topics.latest(of, limit);
        Map<String, DeadLetterReplays.Replay> replayed = replays
            .of(letters.stream().map(DeadLetter::original).toList());
        return letters.stream()
            .map(letter -> new Listed(letter, Optional.ofNullable(replayed.get(letter.original().id()))))
            .toList();
    }

    /**
     * Publishes the dead letter of the record at {@code original} to its topic, once.
     * @throws DeadLetterNotFoundException no such dead letter of this service
     * @throws DeadLetterAlreadyReplayedException it was replayed, or is being replayed
     * @throws DeadLettersUnavailableException Kafka did not answer; nothing was replayed
     */
    public Listed replay(RecordLocation original, String by) {
        if (!consumedTopics.get().contains(original.topic())) {
            throw new DeadLetterNotFoundException(original);
        }
        if (replays.of(original).filter(replay -> replay.state() == DeadLetterReplays.State.REPLAYED).isPresent()) {
            throw new DeadLetterAlreadyReplayedException(original);
        }
        DeadLetter letter = topics.find(original).orElseThrow(() -> new DeadLetterNotFoundException(original));
        DeadLetterReplays.Replay claimed = replays.claim(original, by)
            .orElseThrow(() -> new DeadLetterAlreadyReplayedException(original));
        try {
            publisher.publish(letter);
        }
        catch (RuntimeException failed) {
            replays.release(claimed);
            throw failed;
        }
        DeadLetterReplays.Replay done = replays.replayed(claimed);
        log.info("Dead letter of {} replayed to {} by {}", original, original.topic(), by);
        return new Listed(letter, Optional.of(done));
    }

}

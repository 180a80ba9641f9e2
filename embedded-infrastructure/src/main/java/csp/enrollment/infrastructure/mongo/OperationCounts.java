package csp.enrollment.infrastructure.mongo;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Documents the server wrote and read, counted per document whether a command carried one
 * or a hundred: the benchmark divides them by the applications it ran to know how much
 * database work one application costs, and issues that much as single-document operations
 * for its I/O floor.
 */
public final class OperationCounts {

    private final LongAdder written = new LongAdder();

    private final LongAdder read = new LongAdder();

    private final LongAdder commands = new LongAdder();

    private final LongAdder scanned = new LongAdder();

    private final Map<String, LongAdder> scannedByQuery = new ConcurrentHashMap<>();

    /**
     * Documents inserted, updated (matched by an update statement), upserted or deleted.
     */
    public long documentsWritten() {
        return written.sum();
    }

    /** Documents returned by queries; a query that found nothing counts as one read. */
    public long documentsRead() {
        return read.sum();
    }

    /** Commands that read or wrote data. */
    public long commands() {
        return commands.sum();
    }

    /**
     * Documents examined by queries no index could answer (mongo-java-server uses only
     * unique indexes, and {@code _id} first): a figure that grows with the stored history
     * when a service looks work up by a field the server cannot index.
     */
    public long documentsScanned() {
        return scanned.sum();
    }

    /**
     * The queries that scanned most, as {@code database.collection {fields}}, with the
     * documents they examined.
     */
    public Map<String, Long> mostScanning(int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        scannedByQuery.entrySet()
            .stream()
            .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
            .limit(limit)
            .forEach(e -> top.put(e.getKey(), e.getValue().sum()));
        return top;
    }

    void scanned(String namespace, Document query, int documents) {
        scanned.add(documents);
        scannedByQuery.computeIfAbsent(namespace + " " + query.keySet(), shape -> new LongAdder()).add(documents);
    }

    void count(String command, Document query, Document answer) {
        switch (command.toLowerCase(Locale.ROOT)) {
            case "insert" -> wrote(size(query.get("documents")));
            case "update" -> wrote(size(query.get("updates")));
            case "delete" -> wrote(size(query.get("deletes")));
            case "findandmodify" -> {
                wrote(1);
                read.increment();
            }
            case "find" -> readBatch(answer, "firstBatch");
            case "getmore" -> readBatch(answer, "nextBatch");
            case "count", "aggregate", "distinct" -> {
                read.increment();
                commands.increment();
            }
            default -> {
                // administrative commands (hello, createIndexes, ...) are not the
                // pipeline's data work
            }
        }
    }

    private void wrote(int documents) {
        written.add(documents);
        commands.increment();
    }

    private void readBatch(Document answer, String batch) {
        Object cursor = answer == null ? null : answer.get("cursor");
        int documents = cursor instanceof Document c ? size(c.get(batch)) : 0;
        read.add(Math.max(1, documents));
        commands.increment();
    }

    private static int size(Object list) {
        return list instanceof Collection<?> collection ? collection.size() : 0;
    }

}

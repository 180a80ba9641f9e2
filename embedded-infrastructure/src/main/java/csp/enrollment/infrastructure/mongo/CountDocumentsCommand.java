package csp.enrollment.infrastructure.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The driver's {@code countDocuments} (also behind Spring Data's {@code count} and
 * {@code exists}) answered as a {@code count} command. The driver sends it as the
 * aggregation {@code [{$match: q}, {$skip: s}?, {$limit: l}?, {$group: {_id: 1, n: {$sum:
 * 1}}}]}, and mongo-java-server runs every aggregation over the whole collection, using
 * no index for the {@code $match}: an {@code exists} by {@code _id} cost time in
 * proportion to the collection. Its {@code count} command finds the documents through the
 * indexes, as a {@code find} does. The answer is the one the aggregation gives: one
 * document {@code {_id: 1, n: N}}, none when nothing matched.
 */
final class CountDocumentsCommand {

    static final String AGGREGATE = "aggregate";

    static final String COUNT = "count";

    /**
     * What an aggregate command may carry beside its pipeline and still be answered here.
     */
    private static final Set<String> PLAIN_OPTIONS = Set.of(AGGREGATE, "pipeline", "cursor", "$db", "lsid",
            "$readPreference", "maxTimeMS", "comment", "$clusterTime", "txnNumber", "apiVersion");

    private CountDocumentsCommand() {
    }

    /**
     * The {@code count} command that gives the same number, or null when the aggregation
     * is anything else (or carries a collation or a hint, which the count would ignore).
     */
    static Document asCount(String command, Document aggregate) {
        if (!AGGREGATE.equalsIgnoreCase(command) || !PLAIN_OPTIONS.containsAll(aggregate.keySet())
                || !(aggregate.get(AGGREGATE) instanceof String collection)
                || !(aggregate.get("pipeline") instanceof List<?> stages) || stages.size() < 2 || stages.size() > 4) {
            return null;
        }
        Document count = new Document(COUNT, collection);
        if (!(stage(stages.get(0), "$match") instanceof Document match)
                || !isCountGroup(stages.get(stages.size() - 1))) {
            return null;
        }
        count.put("query", match);
        for (Object between : stages.subList(1, stages.size() - 1)) {
            if (stage(between, "$skip") instanceof Number skip && !count.containsKey("skip")
                    && !count.containsKey("limit")) {
                count.put("skip", skip.intValue());
            }
            else if (stage(between, "$limit") instanceof Number limit && !count.containsKey("limit")) {
                count.put("limit", limit.intValue());
            }
            else {
                return null;
            }
        }
        return count;
    }

    /** The count answer in the shape of the aggregation's first (and only) batch. */
    static Document asAggregateAnswer(String databaseName, Document aggregate, Document countAnswer) {
        Number matched = (Number) countAnswer.get("n");
        List<Document> batch = matched == null || matched.longValue() == 0 ? List.of()
                : List.of(new Document("_id", 1).append("n", matched.intValue()));
        Document cursor = new Document("id", 0L).append("ns", databaseName + "." + aggregate.get(AGGREGATE))
            .append("firstBatch", batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /** The driver's group: {@code {$group: {_id: 1, n: {$sum: 1}}}}. */
    private static boolean isCountGroup(Object stage) {
        return stage(stage, "$group") instanceof Map<?, ?> group && group.size() == 2 && isOne(group.get("_id"))
                && group.get("n") instanceof Map<?, ?> sum && sum.size() == 1 && isOne(sum.get("$sum"));
    }

    private static boolean isOne(Object value) {
        return value instanceof Number number && number.doubleValue() == 1.0;
    }

    /** The argument of a one-operator stage such as {@code {$match: {...}}}, or null. */
    private static Object stage(Object stage, String operator) {
        return stage instanceof Map<?, ?> document && document.size() == 1 ? document.get(operator) : null;
    }

}

package csp.enrollment.infrastructure.mongo;

import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What the embedded server adds to mongo-java-server's command handling, shared by both
 * backends: an answer to {@code hello} (drivers and Spring Boot's health check send it;
 * the server only knows its older name {@code isMaster}), and which commands write.
 */
final class MongoServerCommands {

    static final String HELLO = "hello";
    static final String IS_MASTER = "isMaster";

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private MongoServerCommands() {
    }

    static boolean isHello(String command) {
        return HELLO.equalsIgnoreCase(command);
    }

    /**
     * The {@code isMaster} answer with the field {@code hello} answers carry instead of
     * {@code ismaster}.
     */
    static Document asHelloAnswer(Document isMasterAnswer) {
        Document hello = new Document(isMasterAnswer);
        hello.put("isWritablePrimary", Boolean.TRUE.equals(isMasterAnswer.get("ismaster")));
        return hello;
    }

    static boolean writes(String command) {
        return WRITES.contains(command.toLowerCase(java.util.Locale.ROOT));
    }

}

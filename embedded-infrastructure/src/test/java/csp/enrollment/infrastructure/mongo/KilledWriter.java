package csp.enrollment.infrastructure.mongo;

import java.nio.file.Path;

import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * Run in a child JVM by the tests: writes documents through the embedded server on an H2 file,
 * then halts the JVM at once, as a {@code kill -9} would, without closing anything.
 */
public final class KilledWriter {

    public static void main(String[] args) {
        var server = EmbeddedMongoServer.h2File(0, Path.of(args[0]));
        try (var client = MongoClients.create(server.connectionString())) {
            var enrollments = client.getDatabase("durability").getCollection("enrollments");
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                enrollments.insertOne(new Document("_id", "e-" + i).append("status", "SUBMITTED"));
            }
            enrollments.updateOne(new Document("_id", "e-0"), new Document("$set", new Document("status", "VERIFIED")));
        }
        Runtime.getRuntime().halt(0);
    }
}

package csp.enrollment.infrastructure.mongo;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * Run in a child JVM by the tests: writes documents through the embedded server on an H2
 * file, from several threads at once so that writes share commits, then halts the JVM at
 * once, as a {@code kill -9} would, without closing anything. Arguments: file, documents,
 * threads.
 */
public final class KilledWriter {

    public static void main(String[] args) throws InterruptedException {
        var server = EmbeddedMongoServer.h2File(0, Path.of(args[0]));
        int documents = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (var client = MongoClients.create(server.connectionString())) {
            var enrollments = client.getDatabase("durability").getCollection("enrollments");
            ExecutorService writers = Executors.newFixedThreadPool(threads);
            for (int i = 0; i < documents; i++) {
                String id = "e-" + i;
                writers.execute(() -> enrollments.insertOne(new Document("_id", id).append("status", "SUBMITTED")));
            }
            writers.shutdown();
            if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("writers did not finish");
            }
            enrollments.updateOne(new Document("_id", "e-0"), new Document("$set", new Document("status", "VERIFIED")));
        }
        Runtime.getRuntime().halt(0);
    }

}

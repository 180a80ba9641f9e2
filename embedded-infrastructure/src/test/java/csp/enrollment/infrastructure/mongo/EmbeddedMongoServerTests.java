package csp.enrollment.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTests {

    @TempDir
    Path dir;

    @Test
    void storesFindsUpdatesAndDeletesDocuments() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> enrollments = client.getDatabase("crud").getCollection("enrollments");

            enrollments.insertOne(new Document("_id", "e-1").append("status", "SUBMITTED"));
            Document updated = enrollments.findOneAndUpdate(Filters.eq("_id", "e-1"),
                    Updates.combine(Updates.set("status", "VERIFIED"), Updates.addToSet("appliedEvents", "ev-1")),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));

            assertThat(updated.getString("status")).isEqualTo("VERIFIED");
            assertThat(enrollments.find(Filters.eq("appliedEvents", "ev-1")).first()).isNotNull();
            assertThat(enrollments.deleteOne(Filters.eq("_id", "e-1")).getDeletedCount()).isEqualTo(1);
            assertThat(enrollments.countDocuments()).isZero();
        }
    }

    @Test
    void rejectsADuplicateKeyOfAUniqueIndex() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> companies = client.getDatabase("unique").getCollection("companies");
            companies.createIndex(Indexes.ascending("taxId"), new IndexOptions().unique(true));
            companies.insertOne(new Document("taxId", "DE123"));

            assertThatThrownBy(() -> companies.insertOne(new Document("taxId", "DE123"))).isInstanceOfSatisfying(
                    MongoWriteException.class,
                    e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void keepsDataAndIndexesInAnH2FileAcrossARestart() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> companies = client.getDatabase("kept").getCollection("companies");
            companies.createIndex(Indexes.ascending("taxId"), new IndexOptions().unique(true));
            companies.insertOne(new Document("_id", "c-1").append("taxId", "DE123"));
        }

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(restarted.connectionString())) {
            MongoCollection<Document> companies = client.getDatabase("kept").getCollection("companies");

            assertThat(companies.find(Filters.eq("_id", "c-1")).first()).containsEntry("taxId", "DE123");
            assertThatThrownBy(() -> companies.insertOne(new Document("taxId", "DE123")))
                .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void answersHelloAsAMongoDbServerDoes() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.get("maxWireVersion")).isNotNull();
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteWhenTheProcessIsKilled() throws Exception {
        Path file = dir.resolve("killed.mv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), file.toString(), "500", "16")
            .inheritIO()
            .start();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> enrollments = client.getDatabase("durability").getCollection("enrollments");
            assertThat(enrollments.countDocuments()).isEqualTo(500);
            assertThat(enrollments.find(Filters.eq("_id", "e-0")).first().getString("status")).isEqualTo("VERIFIED");
        }
    }

    @Test
    void conditionalUpdatesByIdStillHonourEveryConditionOnTheH2File() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, dir.resolve("conditional.mv"));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("conditional").getCollection("emails");
            for (int i = 0; i < 100; i++) {
                emails.insertOne(new Document("_id", "m-" + i).append("status", "PENDING").append("lease", "a"));
            }

            long wrongLease = emails
                .updateOne(Filters.and(Filters.eq("_id", "m-7"), Filters.eq("lease", "b")),
                        Updates.set("status", "SENT"))
                .getModifiedCount();
            long rightLease = emails
                .updateOne(Filters.and(Filters.eq("_id", "m-7"), Filters.eq("lease", "a")),
                        Updates.set("status", "SENT"))
                .getModifiedCount();
            Document claimed = emails.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "m-8"), Filters.eq("status", "PENDING")), Updates.set("lease", "c"),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            long byIdList = emails
                .countDocuments(Filters.and(Filters.in("_id", "m-1", "m-2", "m-7"), Filters.eq("status", "PENDING")));
            long bulkMarked = emails
                .updateMany(Filters.and(Filters.in("_id", "m-3", "m-4", "m-7", "m-unknown"),
                        Filters.eq("status", "PENDING")), Updates.set("status", "QUEUED"))
                .getModifiedCount();

            assertThat(wrongLease).isZero();
            assertThat(rightLease).isEqualTo(1);
            assertThat(claimed.getString("lease")).isEqualTo("c");
            assertThat(byIdList).isEqualTo(2);
            assertThat(bulkMarked).isEqualTo(2);
            assertThat(emails.countDocuments(Filters.eq("status", "QUEUED"))).isEqualTo(2);
            assertThat(emails.countDocuments(Filters.eq("status", "SENT"))).isEqualTo(1);
        }
    }

    @Test
    void concurrentNestedUpdatesNeverBreakACommitOfTheH2File() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, dir.resolve("nested.mv"));
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> buckets = client.getDatabase("nested").getCollection("scheduledWork");
            int threads = 4;
            int writes = 400;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                // the timers' pattern: nested fields of a few shared documents, read back
                // in between
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < writes; i++) {
                        buckets.updateOne(Filters.eq("_id", "bucket-" + (i % 3)), Updates
                            .combine(Updates.set("refs.t" + thread + "-" + i, i), Updates.setOnInsert("kind", "k")),
                                new UpdateOptions().upsert(true));
                        buckets.find(Filters.eq("_id", "bucket-" + (i % 3))).first();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            long refs = 0;
            for (Document bucket : buckets.find()) {
                refs += bucket.get("refs", Document.class).size();
            }
            assertThat(refs).isEqualTo((long) threads * writes);
        }
    }

    @Test
    void refusesAFileOfTheEarlierJavaSerializedFormatWithAClearMessage() {
        Path file = dir.resolve("old.mv");
        var old = new de.bwaldvogel.mongo.MongoServer(new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(old.bind()))) {
            client.getDatabase("old").getCollection("enrollments").insertOne(new Document("_id", "e-1"));
        }
        old.shutdown();

        assertThatThrownBy(() -> EmbeddedMongoServer.h2File(0, file)).hasMessageContaining("earlier version")
            .hasMessageContaining(file.toString());
    }

    @Test
    void findsDocumentsOfEveryBsonTypeAfterARestart() {
        Path file = dir.resolve("types.mv");
        Document stored = new Document("_id", "t-1").append("text", "Keizersgracht 123 – ü")
            .append("int", 7)
            .append("long", 7_000_000_000L)
            .append("double", 2.5)
            .append("flag", true)
            .append("nothing", null)
            .append("at", new java.util.Date(1_764_000_000_000L))
            .append("money", new org.bson.types.Decimal128(new java.math.BigDecimal("300000.00")))
            .append("oid", new org.bson.types.ObjectId())
            .append("list", java.util.List.of("a", 1, new Document("x", 1)))
            .append("nested", new Document("deeper", new Document("leaf", "yes")));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("types").getCollection("all").insertOne(stored);
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> all = client.getDatabase("types").getCollection("all");
            assertThat(all.find(Filters.eq("_id", "t-1")).first()).isEqualTo(stored);
            assertThat(all.find(Filters.eq("nested.deeper.leaf", "yes")).first()).isNotNull();
        }
    }

    @Test
    void keepsUniqueIndexesOnCompoundAndMissingKeysAcrossARestart() {
        Path file = dir.resolve("compound.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> keys = client.getDatabase("compound").getCollection("keys");
            keys.createIndex(Indexes.ascending("tenant", "state"), new IndexOptions().unique(true).sparse(true));
            keys.insertOne(new Document("_id", "k-1").append("tenant", "t").append("state", "ACTIVE"));
            keys.insertOne(new Document("_id", "k-2").append("tenant", "t").append("state", "ENDED"));
            keys.insertOne(new Document("_id", "k-3"));
            keys.insertOne(new Document("_id", "k-4"));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> keys = client.getDatabase("compound").getCollection("keys");
            assertThatThrownBy(
                    () -> keys.insertOne(new Document("_id", "k-5").append("tenant", "t").append("state", "ACTIVE")))
                .isInstanceOf(MongoWriteException.class);
            assertThat(keys.countDocuments()).isEqualTo(4);
        }
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void countsDocumentsWrittenAndReadWhateverTheirCommand() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("counted").getCollection("emails");
            long writtenBefore = server.operations().documentsWritten();
            long readBefore = server.operations().documentsRead();

            emails
                .insertMany(java.util.List.of(new Document("_id", 1), new Document("_id", 2), new Document("_id", 3)));
            emails.updateOne(Filters.eq("_id", 1), Updates.set("status", "SENT"));
            emails.find(Filters.in("_id", 1, 2, 3)).into(new java.util.ArrayList<>());
            emails.find(Filters.eq("_id", 99)).first();

            assertThat(server.operations().documentsWritten() - writtenBefore).isEqualTo(4);
            assertThat(server.operations().documentsRead() - readBefore).isEqualTo(4);
        }
    }

    @Test
    void countsAndExistenceChecksByIdFindTheirDocumentsWithoutAScan() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("counting").getCollection("emails");
            List<Document> stored = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                stored.add(new Document("_id", "m-" + i).append("status", i % 4 == 0 ? "SENT" : "PENDING"));
            }
            emails.insertMany(stored);
            long scannedBefore = server.operations().documentsScanned();

            // Spring Data's exists(): countDocuments with limit 1, its criteria as one
            // document
            assertThat(emails.countDocuments(new Document("_id", "m-3").append("status", "PENDING"),
                    new CountOptions().limit(1)))
                .isEqualTo(1);
            assertThat(emails.countDocuments(new Document("_id", "m-4").append("status", "PENDING"))).isZero();
            assertThat(emails.countDocuments(Filters.in("_id", "m-1", "m-2", "m-8", "m-99"))).isEqualTo(3);
            assertThat(server.operations().documentsScanned()).isEqualTo(scannedBefore);

            // the same answers as the aggregation for what no index answers, skip and
            // limit included
            assertThat(emails.countDocuments(Filters.eq("status", "SENT"))).isEqualTo(10);
            assertThat(emails.countDocuments(Filters.eq("status", "SENT"), new CountOptions().skip(4).limit(5)))
                .isEqualTo(5);
            assertThat(emails.countDocuments(Filters.eq("status", "SENT"), new CountOptions().skip(8).limit(5)))
                .isEqualTo(2);
            assertThat(emails.countDocuments()).isEqualTo(40);
            assertThat(emails.countDocuments(Filters.eq("status", "BOUNCED"))).isZero();
        }
    }

    @Test
    void aSecondaryIndexFindsDocumentsByItsFieldWithoutAScanAlsoAfterARestart() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("indexed").getCollection("emails");
            for (int i = 0; i < 30; i++) {
                emails.insertOne(new Document("_id", "m-" + i).append("enrollmentId", "e-" + i % 10)
                    .append("status", "PENDING"));
            }
            // created on a collection that holds documents already: it indexes them
            emails.createIndex(Indexes.ascending("enrollmentId"));
            emails.insertOne(new Document("_id", "m-30").append("enrollmentId", "e-3").append("status", "SENT"));
            emails.updateOne(Filters.eq("_id", "m-13"), Updates.set("enrollmentId", "e-4"));
            emails.deleteOne(Filters.eq("_id", "m-23"));
            long scannedBefore = server.operations().documentsScanned();

            assertThat(idsOf(emails, Filters.eq("enrollmentId", "e-3"))).containsExactlyInAnyOrder("m-3", "m-30");
            assertThat(idsOf(emails, Filters.eq("enrollmentId", "e-4"))).containsExactlyInAnyOrder("m-4", "m-13",
                    "m-14", "m-24");
            assertThat(idsOf(emails, new Document("enrollmentId", "e-3").append("status", "PENDING")))
                .containsExactly("m-3");
            assertThat(emails.countDocuments(Filters.eq("enrollmentId", "e-4"))).isEqualTo(4);
            assertThat(idsOf(emails, Filters.eq("enrollmentId", "e-77"))).isEmpty();
            assertThat(idsOf(emails, Filters.in("enrollmentId", "e-3", "e-5", "e-77"))).containsExactlyInAnyOrder("m-3",
                    "m-30", "m-5", "m-15", "m-25");
            assertThat(server.operations().documentsScanned()).isEqualTo(scannedBefore);
        }

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.h2File(0, file);
                MongoClient client = MongoClients.create(restarted.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("indexed").getCollection("emails");
            emails.insertOne(new Document("_id", "m-31").append("enrollmentId", "e-3"));
            // opening the file reads its catalogue of collections and indexes
            long scannedBefore = restarted.operations().documentsScanned();

            assertThat(idsOf(emails, Filters.eq("enrollmentId", "e-3"))).containsExactlyInAnyOrder("m-3", "m-30",
                    "m-31");
            assertThat(idsOf(emails, Filters.eq("enrollmentId", "e-13"))).isEmpty();
            assertThat(restarted.operations().documentsScanned()).isEqualTo(scannedBefore);
        }
    }

    @Test
    void anOrOfIndexedBranchesIsAnsweredFromTheIndexes() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> keys = client.getDatabase("vault").getCollection("data_keys");
            for (int i = 0; i < 30; i++) {
                keys.insertOne(new Document("_id", "k-" + i).append("keyAltNames", List.of("e-" + i))
                    .append("status", i % 2 == 0 ? "ACTIVE" : "RETIRED"));
            }
            long scannedBefore = server.operations().documentsScanned();

            // the key vault's lookup of the data keys it needs
            assertThat(idsOf(keys,
                    Filters.or(Filters.in("_id", "k-3", "k-5", "k-99"), Filters.in("keyAltNames", List.of()))))
                .containsExactlyInAnyOrder("k-3", "k-5");
            assertThat(server.operations().documentsScanned()).isEqualTo(scannedBefore);

            // a branch no index answers: the whole collection, with the same answer
            assertThat(idsOf(keys, Filters.or(Filters.eq("_id", "k-2"), Filters.eq("keyAltNames", "e-7"))))
                .containsExactlyInAnyOrder("k-2", "k-7");
            assertThat(idsOf(keys, Filters.or(Filters.eq("_id", "k-1"), Filters.eq("status", "ACTIVE")))).hasSize(16);
        }
    }

    @Test
    void aCompoundIndexAnswersAQueryOnItsFirstFields() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> work = client.getDatabase("compound").getCollection("pendingWork");
            work.createIndex(Indexes.ascending("kind", "dueAt"));
            for (int i = 0; i < 20; i++) {
                work.insertOne(new Document("_id", "w-" + i).append("kind", i < 5 ? "send-email" : "publish")
                    .append("dueAt", i));
            }
            long scannedBefore = server.operations().documentsScanned();

            assertThat(idsOf(work, new Document("kind", "send-email").append("dueAt", new Document("$lte", 2))))
                .containsExactlyInAnyOrder("w-0", "w-1", "w-2");
            assertThat(idsOf(work, new Document("kind", "publish").append("dueAt", 7))).containsExactly("w-7");
            assertThat(work.countDocuments(new Document("kind", "publish"))).isEqualTo(15);
            assertThat(server.operations().documentsScanned()).isEqualTo(scannedBefore);
        }
    }

    @Test
    void aConditionOnTheIdThatIsNoValueToLookUpIsStillMatched() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("patterns").getCollection("emails");
            for (int i = 0; i < 20; i++) {
                emails.insertOne(new Document("_id", "m-" + i).append("status", i % 2 == 0 ? "SENT" : "PENDING"));
            }

            assertThat(idsOf(emails,
                    new Document("_id", java.util.regex.Pattern.compile("^m-1")).append("status", "PENDING")))
                .containsExactlyInAnyOrder("m-1", "m-11", "m-13", "m-15", "m-17", "m-19");
            assertThat(idsOf(emails, new Document("_id", new Document("$gte", "m-18")).append("status", "SENT")))
                .as("strings order as strings: m-2 comes after m-18")
                .containsExactlyInAnyOrder("m-18", "m-2", "m-4", "m-6", "m-8");
        }
    }

    private static List<String> idsOf(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
        return collection.find(filter).map(document -> document.getString("_id")).into(new ArrayList<>());
    }

}

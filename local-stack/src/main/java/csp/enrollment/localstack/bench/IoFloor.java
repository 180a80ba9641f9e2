package csp.enrollment.localstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * The physical limit the pipeline is measured against: the bare I/O of
 * {@code applications} applications ({@link IoProfile}), issued by plain clients on the
 * same embedded parts, all three kinds at once as the pipeline does them: Kafka records
 * produced (idempotent, acks=all) and read by as many consumer groups as the pipeline's,
 * MongoDB single-document writes (inserts and updates by {@code _id}) and reads by
 * {@code _id} from 16 threads, and multipart e-mails over SMTP from four connections kept
 * open. No business logic, no serialization of events, no batching.
 */
final class IoFloor {

    private static final int MONGO_THREADS = 16;

    private static final int SMTP_CONNECTIONS = 4;

    private static final int DOCUMENT_BYTES = 1_000;

    private final Map<String, Object> kafkaClient;

    private final String mongoUri;

    private final String smtpHost;

    private final int smtpPort;

    IoFloor(Map<String, Object> kafkaClient, String mongoUri, String smtpHost, int smtpPort) {
        this.kafkaClient = kafkaClient;
        this.mongoUri = mongoUri;
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
    }

    /**
     * Applications per second: {@code applications} divided by the time the I/O of that
     * many took.
     */
    double applicationsPerSecond(IoProfile profile, int applications, int recordSize) throws Exception {
        long records = Math.round(profile.kafkaWritten() * applications);
        int groups = (int) Math.max(1, Math.round(profile.kafkaRead() / Math.max(profile.kafkaWritten(), 0.001)));
        long writes = Math.round(profile.mongoWritten() * applications);
        long reads = Math.round(profile.mongoRead() * applications);
        long mails = Math.round(profile.smtpMessages() * applications);
        String topic = "benchmark.io-floor-" + System.currentTimeMillis();
        try (Admin admin = Admin.create(kafkaClient)) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        ExecutorService pool = Executors.newCachedThreadPool();
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> documents = mongo.getDatabase("benchmark-io-floor").getCollection("documents");
            List<Callable<Void>> work = new ArrayList<>();
            work.add(() -> kafka(topic, records, groups, recordSize, pool));
            work.addAll(mongo(documents, writes, reads));
            work.addAll(smtp(mails));
            long begin = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            mongo.getDatabase("benchmark-io-floor").drop();
            return applications / seconds;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private Void kafka(String topic, long records, int groups, int recordSize, ExecutorService pool) throws Exception {
        byte[] value = new byte[recordSize];
        new Random(42).nextBytes(value);
        List<Future<Long>> readers = new ArrayList<>();
        for (int group = 0; group < groups; group++) {
            String groupId = topic + "-group-" + group;
            readers.add(pool.submit(() -> read(topic, groupId, records)));
        }
        Map<String, Object> config = new HashMap<>(kafkaClient);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "enrollment-" + (i % 10_000), value));
            }
            producer.flush();
        }
        for (Future<Long> reader : readers) {
            reader.get();
        }
        return null;
    }

    private long read(String topic, String group, long records) {
        Map<String, Object> config = new HashMap<>(kafkaClient);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long read = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (read < records && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(100)).count();
                consumer.commitAsync();
            }
        }
        return read;
    }

    /**
     * Half the writes insert a document, half update one by {@code _id}; reads find one
     * by {@code _id}.
     */
    private static List<Callable<Void>> mongo(MongoCollection<Document> documents, long writes, long reads) {
        String padding = "x".repeat(DOCUMENT_BYTES);
        AtomicLong nextWrite = new AtomicLong();
        AtomicLong nextRead = new AtomicLong();
        long inserts = Math.max(1, writes / 2);
        List<Callable<Void>> threads = new ArrayList<>();
        for (int t = 0; t < MONGO_THREADS; t++) {
            threads.add(() -> {
                long i;
                while ((i = nextWrite.getAndIncrement()) < writes) {
                    if (i < inserts) {
                        documents.insertOne(new Document("_id", "doc-" + i).append("status", "SUBMITTED")
                            .append("padding", padding));
                    }
                    else {
                        documents.updateOne(Filters.eq("_id", "doc-" + (i % inserts)), Updates.set("status", "S" + i));
                    }
                }
                while ((i = nextRead.getAndIncrement()) < reads) {
                    documents.find(Filters.eq("_id", "doc-" + (i % inserts))).first();
                }
                return null;
            });
        }
        return threads;
    }

    private List<Callable<Void>> smtp(long mails) {
        AtomicLong next = new AtomicLong();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtpHost);
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        List<Callable<Void>> connections = new ArrayList<>();
        for (int c = 0; c < SMTP_CONNECTIONS; c++) {
            connections.add(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    long i;
                    while ((i = next.getAndIncrement()) < mails) {
                        MimeMessage message = message(session, "floor-" + i + "@io-floor.example");
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
                return null;
            });
        }
        return connections;
    }

    /**
     * About the size and shape of the pipeline's e-mails: plain text and HTML
     * alternatives.
     */
    private static MimeMessage message(Session session, String to) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("noreply@csp-enrollment.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Your application was received");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear partner,\n\n" + "We received your application. ".repeat(30), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><body><p>Dear partner,</p><p>" + "We received your application. ".repeat(30)
                + "</p></body></html>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

}

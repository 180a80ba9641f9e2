package csp.enrollment.serde;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.Schema;

/** A registry that counts the calls it receives, to prove what the cache saves. */
final class CountingSchemaRegistry implements SchemaRegistryClient {

    final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    final AtomicInteger registerCalls = new AtomicInteger();

    final AtomicInteger idOfCalls = new AtomicInteger();

    final AtomicInteger schemaByIdCalls = new AtomicInteger();

    @Override
    public int register(String subject, Schema schema) {
        registerCalls.incrementAndGet();
        return registry.register(subject, schema);
    }

    @Override
    public int idOf(String subject, Schema schema) {
        idOfCalls.incrementAndGet();
        return registry.idOf(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
        schemaByIdCalls.incrementAndGet();
        return registry.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registry.latest(subject);
    }

    @Override
    public List<String> subjects() {
        return registry.subjects();
    }

}

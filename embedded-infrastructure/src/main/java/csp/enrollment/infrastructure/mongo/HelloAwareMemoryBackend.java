package csp.enrollment.infrastructure.mongo;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The in-memory backend, answering {@code hello} as a MongoDB server does. */
final class HelloAwareMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (MongoServerCommands.isHello(command)) {
            return MongoServerCommands.asHelloAnswer(
                    super.handleCommand(channel, databaseName, MongoServerCommands.IS_MASTER, query));
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}

package csp.enrollment.infrastructure.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, committing after every write command. H2's own auto-commit runs about
 * once a second in the background, so a killed process would lose writes a client was already
 * told had succeeded (an accepted application, a recorded event id); committing per write closes
 * that window, at the cost of one small file write per command. Its collections look documents
 * up by {@code _id} first (see {@link IdFirstH2Collection}).
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdFirstH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (MongoServerCommands.isHello(command)) {
            return MongoServerCommands.asHelloAnswer(
                    super.handleCommand(channel, databaseName, MongoServerCommands.IS_MASTER, query));
        }
        Document answer = super.handleCommand(channel, databaseName, command, query);
        if (MongoServerCommands.writes(command)) {
            commit();
        }
        return answer;
    }
}

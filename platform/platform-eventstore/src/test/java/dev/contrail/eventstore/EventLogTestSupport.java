package dev.contrail.eventstore;

import dev.contrail.test.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A fresh PostgreSQL database with the event log schema, and a store over it, for one test class. */
public final class EventLogTestSupport {

    private EventLogTestSupport() {}

    public static TestPostgres.Database database(Class<?> owner) {
        TestPostgres.Database database = TestPostgres.newDatabase(owner.getSimpleName());
        Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration/eventstore")
                .load()
                .migrate();
        return database;
    }

    public static PostgresEventStore store(DataSource dataSource) {
        return new PostgresEventStore(dataSource, ThingHappened.REGISTRY);
    }

    public static StreamAppend append(String stream, long expectedVersion, long... ns) {
        return ThingHappened.append(stream, expectedVersion, ns);
    }
}

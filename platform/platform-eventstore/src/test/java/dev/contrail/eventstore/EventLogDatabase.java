package dev.contrail.eventstore;

import dev.contrail.test.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A fresh PostgreSQL database with the event log schema, for one test class. */
final class EventLogDatabase {

    private EventLogDatabase() {}

    static TestPostgres.Database create(Class<?> owner) {
        TestPostgres.Database database = TestPostgres.newDatabase(owner.getSimpleName());
        migrate(database.dataSource());
        return database;
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/eventstore").load().migrate();
    }
}

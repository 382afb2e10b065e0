package dev.contrail.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's fallback on a machine without PostgreSQL: the embedded server starts from its
 * folder, and a second run finds the first run's data there.
 */
class EmbeddedPostgresTest {

    @Test
    void theEmbeddedServerRunsAndKeepsItsDataForTheNextRun(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (var postgres = Infrastructure.embeddedPostgres(dir, port);
                Connection connection = connect(port)) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('from the first run')");
        }
        try (var postgres = Infrastructure.embeddedPostgres(dir, port);
                Connection connection = connect(port)) {
            var notes = connection.createStatement().executeQuery("select note from kept");
            assertThat(notes.next()).isTrue();
            assertThat(notes.getString(1)).isEqualTo("from the first run");
        }
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

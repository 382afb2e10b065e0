package dev.contrail.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's last resort for Redis: the binary it copies out of the embedded-redis jar runs here. */
class BundledRedisTest {

    @Test
    void theBundledRedisServerRuns(@TempDir Path dir) throws Exception {
        Path server = Infrastructure.bundledRedisServer(dir);

        Process version = new ProcessBuilder(server.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        assertThat(version.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("Redis server v=6.");
        assertThat(Infrastructure.bundledRedisServer(dir))
                .as("copied once, reused")
                .isEqualTo(server);
    }
}

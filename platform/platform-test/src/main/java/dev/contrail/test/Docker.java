package dev.contrail.test;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine is there to run Testcontainers; asked once per JVM. */
final class Docker {

    private static final boolean AVAILABLE = probe();

    private Docker() {}

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        if ("false".equals(System.getenv("CONTRAIL_TESTCONTAINERS"))) {
            return false;
        }
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        try {
            return socket && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}

package dev.contrail.core.testing;

import dev.contrail.core.event.EventTypeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The schema lock (laws.md rule 8): a published event type's JSON Schema never changes. The lock
 * is a text file of {@code <type> <sha-256 of the canonical schema>} lines kept beside the tests.
 */
public final class SchemaLock {

    private SchemaLock() {}

    /** Lock lines for every registered type, sorted by name. */
    public static List<String> lines(EventTypeRegistry registry) {
        Map<String, String> sorted = new TreeMap<>();
        registry.types().forEach(t -> sorted.put(t.name(), fingerprint(registry.schema(t.name()))));
        return sorted.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
    }

    /** What differs between the registry and the lock; empty when every schema is as published. */
    public static List<String> violations(EventTypeRegistry registry, List<String> lockLines) {
        Map<String, String> locked = new TreeMap<>();
        lockLines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> {
                    String[] parts = l.split("\\s+");
                    locked.put(parts[0], parts[1]);
                });
        List<String> problems = new ArrayList<>();
        for (String line : lines(registry)) {
            String[] parts = line.split(" ");
            String was = locked.remove(parts[0]);
            if (was == null) {
                problems.add("new type, add to the lock: " + line);
            } else if (!was.equals(parts[1])) {
                problems.add("schema of published type " + parts[0] + " changed; publish a new version instead");
            }
        }
        locked.keySet()
                .forEach(name -> problems.add("published type " + name + " is gone; old types stay readable forever"));
        return problems;
    }

    /**
     * Fails (with the lines to publish) unless every registered schema matches the lock file, a
     * classpath resource such as {@code /schema.lock}.
     */
    public static void assertUnchanged(EventTypeRegistry registry, String lockResource) {
        List<String> lock;
        try (InputStream in = SchemaLock.class.getResourceAsStream(lockResource)) {
            if (in == null) {
                throw new AssertionError("no schema lock at " + lockResource + "; its lines would be:\n"
                        + String.join("\n", lines(registry)));
            }
            lock = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = violations(registry, lock);
        if (!problems.isEmpty()) {
            throw new AssertionError("schema lock " + lockResource + ":\n  " + String.join("\n  ", problems)
                    + "\nthe current lines are:\n" + String.join("\n", lines(registry)));
        }
    }

    static String fingerprint(JsonNode schema) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(schema).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON text with object keys sorted, so formatting and key order do not count as changes. */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            var fields = new TreeMap<String, JsonNode>();
            node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            var out = new StringBuilder("{");
            fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(canonical(v)));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            var out = new StringBuilder("[");
            for (JsonNode element : node) {
                out.append(out.length() > 1 ? "," : "").append(canonical(element));
            }
            return out.append(']').toString();
        }
        return node.toString();
    }
}

package dev.contrail.core.event;

import java.util.regex.Pattern;

/**
 * A stable, versioned event type name bound to the record that carries its data. The JSON Schema
 * of the data is the classpath resource {@code /schemas/<name>.json}; it never changes once
 * published: a changed schema is a new type ({@code .v2}).
 *
 * <p>A <em>closing</em> type closes the books of its stream (architecture.md, "Streams that grow
 * forever"): the event carries the state forward, and loading the stream starts from it.
 */
public record EventType<E>(String name, Class<E> dataClass, boolean closesPartition) {

    private static final Pattern NAME =
            Pattern.compile("contrail\\.([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*)\\.v([1-9][0-9]*)");

    public EventType {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "event type name must look like contrail.<context>.<fact>.v<n>: " + name);
        }
    }

    public static <E> EventType<E> of(String name, Class<E> dataClass) {
        return new EventType<>(name, dataClass, false);
    }

    /** A type whose event ends a partition of its stream and starts the next one. */
    public static <E> EventType<E> closing(String name, Class<E> dataClass) {
        return new EventType<>(name, dataClass, true);
    }

    /** The bounded context, the second segment of the name; it names the Kafka topic. */
    public String context() {
        return contextOf(name);
    }

    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }

    public static String contextOf(String typeName) {
        int first = typeName.indexOf('.');
        int second = typeName.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("not a versioned event type name: " + typeName);
        }
        return typeName.substring(first + 1, second);
    }
}

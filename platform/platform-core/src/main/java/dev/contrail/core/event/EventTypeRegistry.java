package dev.contrail.core.event;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.contrail.core.json.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type the system knows, with its JSON Schema. Appends encode through here, so no
 * event reaches the log unless its type is registered and its data matches the schema.
 */
public final class EventTypeRegistry {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Registered<?>> byName = new HashMap<>();
    private final Map<Class<?>, Registered<?>> byClass = new HashMap<>();
    private final JsonMapper mapper = EventJson.mapper();

    private record Registered<E>(EventType<E> type, JsonNode schemaNode, Schema schema) {}

    public EventTypeRegistry(Collection<? extends EventType<?>> types) {
        types.forEach(this::register);
    }

    private void register(EventType<?> type) {
        JsonNode schemaNode = readSchema(type);
        var registered = new Registered<>(type, schemaNode, SCHEMAS.getSchema(schemaNode.toString()));
        if (byName.putIfAbsent(type.name(), registered) != null) {
            throw new IllegalArgumentException("event type registered twice: " + type.name());
        }
        if (byClass.putIfAbsent(type.dataClass(), registered) != null) {
            throw new IllegalArgumentException("class bound to two event types: " + type.dataClass());
        }
    }

    private JsonNode readSchema(EventType<?> type) {
        try (InputStream in = type.dataClass().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema at " + type.schemaResource());
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRegistered(String typeName) {
        return byName.containsKey(typeName);
    }

    /** Whether events of this type close their stream's partition; false for unknown types. */
    public boolean closesPartition(String typeName) {
        Registered<?> registered = byName.get(typeName);
        return registered != null && registered.type().closesPartition();
    }

    public Optional<EventType<?>> find(String typeName) {
        return Optional.ofNullable(byName.get(typeName)).map(Registered::type);
    }

    /** The registered type whose record class is the data's class. */
    public EventType<?> typeOf(Object data) {
        Registered<?> registered = byClass.get(data.getClass());
        if (registered == null) {
            throw new IllegalArgumentException(
                    "no event type registered for " + data.getClass().getName());
        }
        return registered.type();
    }

    public List<EventType<?>> types() {
        return byName.values().stream().<EventType<?>>map(Registered::type).toList();
    }

    /** The published schema of a type, for catalogs and the schema lock. */
    public JsonNode schema(String typeName) {
        return registered(typeName).schemaNode();
    }

    /** The problems of this data against the type's schema; empty when valid. */
    public List<String> validate(String typeName, JsonNode data) {
        Registered<?> registered = byName.get(typeName);
        if (registered == null) {
            return List.of("unknown event type " + typeName);
        }
        return registered.schema().validate(data).stream().map(Error::toString).toList();
    }

    /**
     * Event data as JSON that this registry checked against its type's schema: encoding it for
     * that type needs no second check. Only {@link #check} makes one; the text is fixed when it is
     * checked, so a later change to the tree cannot reach the log unchecked.
     */
    public static final class CheckedJson {

        private final String typeName;
        private final JsonNode tree;
        private final String text;

        private CheckedJson(String typeName, JsonNode tree) {
            this.typeName = typeName;
            this.tree = tree;
            this.text = tree.toString();
        }

        /** The checked data as a tree, to decode; not to change. */
        public JsonNode tree() {
            return tree;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The data, checked against the type's schema; empty, with the problems added, when it breaks it. */
    public Optional<CheckedJson> check(String typeName, JsonNode data, List<String> problems) {
        List<String> found = validate(typeName, data);
        problems.addAll(found);
        return found.isEmpty() ? Optional.of(new CheckedJson(typeName, data)) : Optional.empty();
    }

    /**
     * Encodes event data (a registered record, a JSON tree or checked JSON) as JSON text, refusing
     * data that does not match the type's schema. Checked JSON of another type is checked again.
     */
    public String encode(String typeName, Object data) {
        if (data instanceof CheckedJson checked && checked.typeName.equals(typeName)) {
            return checked.text;
        }
        JsonNode tree = switch (data) {
            case CheckedJson checked -> checked.tree;
            case JsonNode node -> node;
            default -> mapper.valueToTree(data);
        };
        List<String> problems = validate(typeName, tree);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(typeName, problems);
        }
        return tree.toString();
    }

    /** Decodes stored JSON data into the type's record. */
    public Object decode(String typeName, String json) {
        return mapper.readValue(json, registered(typeName).type().dataClass());
    }

    /** Decodes a JSON tree into the type's record. */
    public Object decode(String typeName, JsonNode tree) {
        return mapper.treeToValue(tree, registered(typeName).type().dataClass());
    }

    private Registered<?> registered(String typeName) {
        Registered<?> registered = byName.get(typeName);
        if (registered == null) {
            throw new IllegalArgumentException("unknown event type " + typeName);
        }
        return registered;
    }
}

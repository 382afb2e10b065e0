package dev.contrail.command.injection;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.EventTypeRegistry.CheckedJson;
import dev.contrail.core.event.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A batch of structured CloudEvents as injected: every event is checked (required attributes, a
 * registered type that injectors may send, data matching the type's schema, an aircraft's subject
 * equal to its ICAO address) and the batch is usable only if all of them pass.
 *
 * @param events the events, in batch order, when the batch is valid
 * @param problems one entry per bad event (its index, id and what is wrong), empty when valid
 */
record InjectedBatch(List<EventEnvelope<CheckedJson>> events, List<Map<String, Object>> problems) {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    static InjectedBatch parse(JsonNode batch, EventTypeRegistry registry, Set<String> injectableTypes, String actor) {
        List<EventEnvelope<CheckedJson>> events = new ArrayList<>(batch.size());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            JsonNode event = batch.get(index);
            List<String> errors = new ArrayList<>();
            EventEnvelope<CheckedJson> envelope =
                    event.isObject() ? read(event, registry, injectableTypes, actor, errors) : null;
            if (!event.isObject()) {
                errors.add("not a JSON object");
            }
            if (errors.isEmpty()) {
                events.add(envelope);
            } else {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("index", index);
                problem.put(
                        "id",
                        event.isObject() && event.hasNonNull("id")
                                ? event.get("id").asString()
                                : null);
                problem.put("errors", errors);
                problems.add(problem);
            }
        }
        return new InjectedBatch(problems.isEmpty() ? events : List.of(), problems);
    }

    private static EventEnvelope<CheckedJson> read(
            JsonNode event,
            EventTypeRegistry registry,
            Set<String> injectableTypes,
            String actor,
            List<String> errors) {
        if (!"1.0".equals(text(event, "specversion"))) {
            errors.add("specversion must be \"1.0\"");
        }
        UUID id = null;
        try {
            id = UUID.fromString(required(event, "id", errors));
        } catch (IllegalArgumentException e) {
            errors.add("id must be a UUID");
        }
        String source = required(event, "source", errors);
        String type = required(event, "type", errors);
        String subject = required(event, "subject", errors);
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            errors.add("subject must be 1-64 letters, digits or _.:-");
        }
        Instant time = null;
        try {
            time = Timestamps.parse(required(event, "time", errors));
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add("time must be an RFC 3339 timestamp");
        }
        String contentType = text(event, "datacontenttype");
        if (contentType != null && !contentType.startsWith("application/json")) {
            errors.add("datacontenttype must be application/json");
        }
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            errors.add("data must be a JSON object");
        }
        CheckedJson checked = null;
        if (type != null) {
            if (!registry.isRegistered(type)) {
                errors.add("unknown event type " + type);
            } else if (!injectableTypes.contains(type)) {
                errors.add(type
                        + " cannot be injected: only observations and cleanup ticks can, Contrail decides the rest");
            } else if (data != null && data.isObject()) {
                List<String> dataProblems = new ArrayList<>();
                checked = registry.check(type, data, dataProblems).orElse(null);
                dataProblems.forEach(problem -> errors.add("data: " + problem));
                JsonNode icao = data.get("icao_address");
                if (icao != null && subject != null && !subject.equals(icao.asString())) {
                    errors.add("subject must be the aircraft's icao_address");
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new EventEnvelope<>(id, source, type, subject, time, checked, new EventMetadata(null, null, actor));
    }

    private static String required(JsonNode event, String name, List<String> errors) {
        String value = text(event, name);
        if (value == null || value.isBlank()) {
            errors.add(name + " is required");
            return null;
        }
        return value;
    }

    private static String text(JsonNode event, String name) {
        JsonNode value = event.get(name);
        return value == null || !value.isString() ? null : value.asString();
    }
}

package dev.contrail.messaging;

import dev.contrail.core.event.CloudEventAttributes;
import java.util.regex.Pattern;

/**
 * A named consumer of one bounded context's topic.
 *
 * @param name stable name: the consumer group, the key of its applied positions and the name of
 *     their partition; lower-case letters, digits and dashes, starting with a letter
 * @param context the bounded context whose topic it reads (e.g. {@code ledger})
 */
public record Subscription(String name, String context, EventHandler handler) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,38}");

    public Subscription {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a subscription name is 1-39 lower-case letters, digits or dashes, starting with a letter: "
                            + name);
        }
    }

    public String topic() {
        return CloudEventAttributes.topicOf(context);
    }

    /** Where events that keep failing go, with the error in the record's headers. */
    public String deadLetterTopic() {
        return topic() + ".dlt";
    }

    public String groupId() {
        return "contrail." + name;
    }
}

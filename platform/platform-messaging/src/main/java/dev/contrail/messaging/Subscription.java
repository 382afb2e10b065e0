package dev.contrail.messaging;

import dev.contrail.core.event.CloudEventAttributes;

/**
 * A named consumer of one bounded context's topic.
 *
 * @param name stable name: the consumer group and the key of its applied positions
 * @param context the bounded context whose topic it reads (e.g. {@code ledger})
 */
public record Subscription(String name, String context, EventHandler handler) {

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

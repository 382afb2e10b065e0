package dev.contrail.core.event;

/**
 * The CloudEvents extension attributes Contrail puts on every event it publishes (lower-case,
 * at most 20 characters, as the spec requires). In Kafka binary mode they travel as {@code ce_*}
 * headers.
 */
public final class CloudEventAttributes {

    public static final String SPEC_VERSION = "1.0";
    public static final String CORRELATION_ID = "correlationid";
    public static final String CAUSATION_ID = "causationid";
    public static final String ACTOR = "actor";
    /** The global position in the log: the read-your-writes token. */
    public static final String POSITION = "position";
    /** The event's 1-based version within its stream (the Kafka record key). */
    public static final String STREAM_VERSION = "streamversion";
    /** Kafka binary mode: every attribute but {@code datacontenttype} is a header with this prefix. */
    public static final String KAFKA_PREFIX = "ce_";
    /** Kafka binary mode: the header of {@code datacontenttype}. */
    public static final String KAFKA_CONTENT_TYPE = "content-type";

    private CloudEventAttributes() {}

    /** The Kafka topic of a bounded context. */
    public static String topicOf(String context) {
        return "contrail." + context;
    }
}

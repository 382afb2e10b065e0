package dev.contrail.eventstore;

import java.util.List;

/** An append with each event's data and metadata already as JSON text, in the order of its events. */
record EncodedAppend(StreamAppend append, List<String> data, List<String> metadata) {}

package dev.contrail.core.decider;

import java.util.List;

/** What a decider made of a command: events to record, or a rejection that records nothing. */
public sealed interface Decision<E> {

    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /**
     * A command refused by a business rule.
     *
     * @param code stable, machine-readable reason (e.g. {@code insufficient-funds})
     * @param detail human-readable explanation
     */
    record Rejected<E>(String code, String detail) implements Decision<E> {}

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    static <E> Decision<E> reject(String code, String detail) {
        return new Rejected<>(code, detail);
    }
}

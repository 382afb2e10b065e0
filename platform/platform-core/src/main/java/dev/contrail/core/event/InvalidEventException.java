package dev.contrail.core.event;

import java.util.List;

/** Event data that does not match its registered type: a programming or input error, never stored. */
public final class InvalidEventException extends RuntimeException {

    private final String type;
    private final List<String> problems;

    public InvalidEventException(String type, List<String> problems) {
        super(type + ": " + String.join("; ", problems));
        this.type = type;
        this.problems = List.copyOf(problems);
    }

    public String type() {
        return type;
    }

    public List<String> problems() {
        return problems;
    }
}

package dev.contrail.eventstore;

/**
 * A place in the log in commit-safe order: the appending transaction's id and the event's global
 * position. Reading strictly after a position, below the transaction-id horizon, skips nothing.
 */
public record LogPosition(long transactionId, long globalPosition) implements Comparable<LogPosition> {

    public static final LogPosition START = new LogPosition(0, 0);

    /** Parses the {@code <transactionId>:<globalPosition>} form used in URLs. */
    public static LogPosition parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "a log position looks like <transactionId>:<globalPosition>, got " + text);
        }
        try {
            var position = new LogPosition(
                    Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
            if (position.transactionId < 0 || position.globalPosition < 0) {
                throw new IllegalArgumentException("a log position is never negative: " + text);
            }
            return position;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "a log position looks like <transactionId>:<globalPosition>, got " + text, e);
        }
    }

    @Override
    public String toString() {
        return transactionId + ":" + globalPosition;
    }

    @Override
    public int compareTo(LogPosition other) {
        int byTransaction = Long.compare(transactionId, other.transactionId);
        return byTransaction != 0 ? byTransaction : Long.compare(globalPosition, other.globalPosition);
    }
}

package dev.contrail.core.process;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;
import java.util.Optional;

/**
 * A long-running flow, one instance per flow ("transfer 42", not "transfers"). Pure: it keeps
 * what it needs in its own state, folded from the events it is interested in, and never reads a
 * projection. Its state and the position it has handled are saved in one transaction.
 *
 * @param <S> the state of one instance
 * @param <C> the commands it issues
 */
public interface ProcessManager<S, C> {

    /** Whether this event starts, continues or stops an instance, and which one. */
    Optional<Interest> interestedIn(RecordedEvent<?> event);

    S initialState();

    /** Commands to issue in reaction to the event, given the state before it. */
    List<C> handle(S state, RecordedEvent<?> event);

    /** Folds the event into the instance's state. Never throws. */
    S apply(S state, RecordedEvent<?> event);

    /** What to do when a command it issued failed. */
    default ErrorAction onError(S state, C command, String failure, int attempt) {
        return attempt < 3 ? new ErrorAction.Retry() : new ErrorAction.Stop();
    }

    /** How an event relates to a process-manager instance. */
    record Interest(Kind kind, String instanceId) {
        public enum Kind {
            START,
            CONTINUE,
            STOP
        }

        public static Interest start(String instanceId) {
            return new Interest(Kind.START, instanceId);
        }

        public static Interest continueWith(String instanceId) {
            return new Interest(Kind.CONTINUE, instanceId);
        }

        public static Interest stop(String instanceId) {
            return new Interest(Kind.STOP, instanceId);
        }
    }

    sealed interface ErrorAction {
        record Retry() implements ErrorAction {}

        record Skip() implements ErrorAction {}

        record Stop() implements ErrorAction {}

        /** Issue these commands instead (a compensation). */
        record Compensate(List<?> commands) implements ErrorAction {}
    }
}

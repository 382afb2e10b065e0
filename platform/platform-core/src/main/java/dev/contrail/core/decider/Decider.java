package dev.contrail.core.decider;

/**
 * An aggregate as a pure decider: the state is folded from past events by {@link #evolve}, and
 * {@link #decide} turns a command into new events or a typed rejection.
 *
 * <p>Both functions are pure: no I/O, no clock, no randomness. Everything a decision needs
 * (amounts, times, ids) arrives on the command or on past events.
 *
 * @param <C> the commands this aggregate accepts
 * @param <S> its state, an immutable value
 * @param <E> the events it records
 */
public interface Decider<C, S, E> {

    /** The state before the first event. */
    S initialState();

    /** Decides what a command means in the current state; never throws for a business rule. */
    Decision<E> decide(C command, S state);

    /** Applies a past event. Never throws and never validates: an unknown event leaves the state as it was. */
    S evolve(S state, E event);

    /** Folds events over the initial state. */
    default S fold(Iterable<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}

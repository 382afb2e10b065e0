package dev.contrail.core.testing;

import dev.contrail.core.decider.Decider;
import dev.contrail.core.decider.Decision;
import java.util.List;
import java.util.Objects;

/**
 * Given/when/then for deciders: given past events, when a command, then the new events or a
 * rejection. It never looks at the state, only at what the decider says.
 */
public final class DeciderFixture<C, S, E> {

    private final Decider<C, S, E> decider;

    private DeciderFixture(Decider<C, S, E> decider) {
        this.decider = decider;
    }

    public static <C, S, E> DeciderFixture<C, S, E> of(Decider<C, S, E> decider) {
        return new DeciderFixture<>(decider);
    }

    @SafeVarargs
    public final When given(E... pastEvents) {
        return new When(List.of(pastEvents));
    }

    public final class When {
        private final List<E> past;

        private When(List<E> past) {
            this.past = past;
        }

        public Then when(C command) {
            return new Then(command, decider.decide(command, decider.fold(past)));
        }
    }

    public final class Then {
        private final C command;
        private final Decision<E> decision;

        private Then(C command, Decision<E> decision) {
            this.command = command;
            this.decision = decision;
        }

        @SafeVarargs
        public final void thenEvents(E... expected) {
            if (!(decision instanceof Decision.Accepted<E> accepted)) {
                throw new AssertionError(
                        "expected events " + List.of(expected) + " for " + command + " but got " + decision);
            }
            if (!accepted.events().equals(List.of(expected))) {
                throw new AssertionError("for " + command + "\nexpected events: " + List.of(expected)
                        + "\n     but were: " + accepted.events());
            }
        }

        public void thenNoEvents() {
            thenEvents();
        }

        public void thenRejected(String code) {
            if (!(decision instanceof Decision.Rejected<E> rejected) || !Objects.equals(rejected.code(), code)) {
                throw new AssertionError("expected rejection '" + code + "' for " + command + " but got " + decision);
            }
        }
    }
}

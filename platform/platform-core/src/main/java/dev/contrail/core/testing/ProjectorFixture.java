package dev.contrail.core.testing;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.projection.Projector;
import java.util.List;
import java.util.Objects;

/** Given recorded events, then the view a client would see: the mirror of {@link DeciderFixture}. */
public final class ProjectorFixture<V> {

    private final Projector<V> projector;

    private ProjectorFixture(Projector<V> projector) {
        this.projector = projector;
    }

    public static <V> ProjectorFixture<V> of(Projector<V> projector) {
        return new ProjectorFixture<>(projector);
    }

    public Then given(RecordedEvent<?>... events) {
        V view = projector.initialView();
        for (RecordedEvent<?> event : List.of(events)) {
            view = projector.project(view, event);
        }
        return new Then(view);
    }

    public final class Then {
        private final V view;

        private Then(V view) {
            this.view = view;
        }

        public void thenView(V expected) {
            if (!Objects.equals(view, expected)) {
                throw new AssertionError("expected view: " + expected + "\n    but was: " + view);
            }
        }
    }
}

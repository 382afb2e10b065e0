package dev.contrail.core.projection;

import dev.contrail.core.event.RecordedEvent;

/**
 * A read model as a pure fold of recorded events. Everything it stores comes from the event
 * (including time and position), so a rebuild from position 0 gives the same view.
 *
 * @param <V> the view a client would see
 */
public interface Projector<V> {

    V initialView();

    /** Applies one recorded event; events it does not know leave the view unchanged. */
    V project(V view, RecordedEvent<?> event);
}

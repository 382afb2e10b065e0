package dev.contrail.adsb.events;

/** Where a pipeline's events go: stdout for the CLI, the injection sender for the service. */
@FunctionalInterface
public interface EventSink {

    /** May block (backpressure); the source then simply reads more slowly. */
    void accept(ObservationEvent event) throws InterruptedException;
}

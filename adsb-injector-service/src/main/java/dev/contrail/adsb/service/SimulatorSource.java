package dev.contrail.adsb.service;

import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.sim.SimFrame;
import dev.contrail.adsb.sim.Simulator;
import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.adsb.source.TimestampKind;
import java.time.Clock;

/**
 * Feeds simulated traffic through the real pipeline, paced to the clock (times {@code speed}). The
 * simulation starts at the clock's time; at speed 0 its time runs ahead of the clock as fast as the
 * frames are taken (for load tests).
 */
final class SimulatorSource implements FeedSource {

    private final Simulator simulator;
    private final ObservationPipeline pipeline;
    private final Pacer pacer;

    SimulatorSource(Simulator simulator, ObservationPipeline pipeline, Clock clock, double speed) {
        this.simulator = simulator;
        this.pipeline = pipeline;
        this.pacer = new Pacer(clock, speed);
    }

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public ObservationPipeline pipeline() {
        return pipeline;
    }

    @Override
    public void run() throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            SimFrame f = simulator.next();
            pacer.await(f.timeMillis());
            pipeline.accept(new SourceFrame(f.bytes(), f.timeMillis(), TimestampKind.UNIX_MILLIS, -1));
        }
        throw new InterruptedException();
    }
}

package dev.contrail.benchmarks.adsb;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.adsb.events.Downsampler;
import dev.contrail.adsb.events.FrameDeduplicator;
import dev.contrail.adsb.events.FrameTimes;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.inject.HttpBatchPoster;
import dev.contrail.adsb.inject.InjectionSender;
import dev.contrail.adsb.inject.SenderSettings;
import dev.contrail.adsb.sim.SimFrame;
import dev.contrail.adsb.sim.Simulator;
import dev.contrail.adsb.sim.SimulatorSettings;
import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.adsb.source.TimestampKind;
import dev.contrail.benchmarks.Stack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Simulated aircraft at full speed through the injector's real pipeline and sender into a running
 * command-service, until closed: what the injector does with a simulator source at speed 0 (no
 * pacing; the sender's full buffer is the only brake). Receiver at the capture's centre, 1 s dedupe
 * window, no downsampling, the injector's default sender settings.
 */
public final class SimulatedTraffic implements AutoCloseable {

    static final SenderSettings SENDER = new SenderSettings(
            2_000,
            Duration.ofMillis(200),
            10_000,
            2,
            Duration.ofMillis(200),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30));
    static final double SIM_RATE = 500;
    static final String RECEIVER = "sim";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final InjectionSender sender;
    final ObservationPipeline pipeline;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread source;

    public SimulatedTraffic(Stack stack, int aircraft) {
        Clock clock = Clock.systemUTC();
        var poster = new HttpBatchPoster(URI.create(stack.commandUrl()), Stack.SECRET, Duration.ofSeconds(10), clock);
        sender = new InjectionSender(poster, SENDER, meters).start();
        pipeline = pipeline(sender, clock);
        var simulator = new Simulator(
                new SimulatorSettings(aircraft, SIM_RATE, 1, MixedCapture.RECEIVER.lat(), MixedCapture.RECEIVER.lon()),
                clock.millis());
        source = Thread.ofPlatform().name("bench-simulator-source").start(() -> {
            try {
                while (!stop.get()) {
                    SimFrame f = simulator.next();
                    pipeline.accept(new SourceFrame(f.bytes(), f.timeMillis(), TimestampKind.UNIX_MILLIS, -1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static ObservationPipeline pipeline(dev.contrail.adsb.events.EventSink sink, Clock clock) {
        return new ObservationPipeline(
                RECEIVER,
                new Decoder(DecoderConfig.defaults().withReceiver(MixedCapture.RECEIVER)),
                FrameTimes.live(clock),
                new FrameDeduplicator(1000),
                new Downsampler(0),
                sink);
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        source.interrupt();
        source.join();
        sender.close();
    }
}

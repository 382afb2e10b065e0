package dev.contrail.adsb.service;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.events.CleanupTicks;
import dev.contrail.adsb.events.Downsampler;
import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.FrameDeduplicator;
import dev.contrail.adsb.events.FrameTimes;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.inject.HttpBatchPoster;
import dev.contrail.adsb.inject.InjectionSender;
import dev.contrail.adsb.inject.SenderSettings;
import dev.contrail.adsb.sim.Simulator;
import dev.contrail.adsb.sim.SimulatorSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the configured sources, each with its own pipeline, to one injection sender. */
@Configuration(proxyBeanMethods = false)
class InjectorConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    InjectionSender injectionSender(
            InjectorProperties p,
            @Value("${contrail.security.jwt-secret:}") String secret,
            Clock clock,
            MeterRegistry meters) {
        if (secret.isBlank()) {
            throw new IllegalStateException(
                    "set contrail.security.jwt-secret (CONTRAIL_JWT_SECRET) or run with --spring.profiles.active=local");
        }
        var s = p.sender();
        var poster = new HttpBatchPoster(p.commandService(), secret, s.requestTimeout(), clock);
        var settings = new SenderSettings(
                s.batchSize(),
                s.maxDelay(),
                s.bufferCapacity(),
                s.lanes(),
                s.initialBackoff(),
                s.maxBackoff(),
                s.shutdownGrace());
        return new InjectionSender(poster, settings, meters);
    }

    @Bean
    List<FeedSource> feedSources(InjectorProperties p, InjectionSender sender, Clock clock, MeterRegistry meters) {
        List<FeedSource> sources = new ArrayList<>();
        for (var f : p.files()) {
            var times = FrameTimes.forFile(fileStart(f).toEpochMilli(), FrameTimes.DEFAULT_UNTIMED_SPACING_MS);
            var pipeline =
                    pipeline(p, receiver(f.receiver(), p), decoder(p, p.receiverLat(), p.receiverLon()), times, sender);
            sources.add(new FileReplaySource(
                    f.path(),
                    FeedFormat.parse(f.format()),
                    pipeline,
                    clock,
                    p.speed(),
                    p.progress() ? System.err : null));
        }
        for (var t : p.tcp()) {
            var pipeline = pipeline(
                    p,
                    receiver(t.receiver(), p),
                    decoder(p, p.receiverLat(), p.receiverLon()),
                    FrameTimes.live(clock),
                    sender);
            sources.add(new TcpFeedSource(t.host(), t.port(), FeedFormat.parse(t.format()), pipeline));
        }
        var sim = p.simulator();
        if (sim.enabled()) {
            var settings = new SimulatorSettings(
                    sim.aircraft(), sim.framesPerSecond(), sim.seed(), sim.centerLat(), sim.centerLon());
            var pipeline = pipeline(
                    p, sim.receiver(), decoder(p, sim.centerLat(), sim.centerLon()), FrameTimes.live(clock), sender);
            sources.add(new SimulatorSource(new Simulator(settings, clock.millis()), pipeline, clock, p.speed()));
        }
        sources.forEach(s -> PipelineMetrics.bind(meters, s.name(), s.pipeline()));
        return sources;
    }

    private static ObservationPipeline pipeline(
            InjectorProperties p, String receiver, Decoder decoder, FrameTimes times, InjectionSender sender) {
        return new ObservationPipeline(
                receiver,
                decoder,
                times,
                new FrameDeduplicator(p.dedupeWindow().toMillis()),
                new Downsampler(p.downsample().toMillis()),
                new CleanupTicks(receiver, p.cleanupInterval(), sender));
    }

    private static Decoder decoder(InjectorProperties p, Double lat, Double lon) {
        DecoderConfig config = DecoderConfig.defaults();
        return new Decoder(lat == null || lon == null ? config : config.withReceiver(new Position(lat, lon)));
    }

    private static String receiver(String configured, InjectorProperties p) {
        String name = configured == null || configured.isBlank() ? p.receiver() : configured;
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("receiver names use letters, digits, '.', '_' and '-': " + name);
        }
        return name;
    }

    private static Instant fileStart(InjectorProperties.FileFeed f) {
        if (f.startTime() != null) {
            return f.startTime();
        }
        try {
            return Files.getLastModifiedTime(f.path()).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.path(), e);
        }
    }
}

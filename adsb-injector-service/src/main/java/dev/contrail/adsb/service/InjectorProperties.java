package dev.contrail.adsb.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The injector's configuration ({@code contrail.adsb.*} in {@code adsb-injector-service.yml}).
 *
 * @param receiver default receiver name, the last segment of the events' {@code source}
 * @param receiverLat receiver location for local CPR decoding, or {@code null}
 * @param speed replay and simulator pace: 1 = as recorded / real time, N = N times faster, 0 = as
 *     fast as the command-service takes the events
 * @param progress draw a progress bar of file replays on stderr
 * @param exitWhenDone stop the service when every source has ended (replaying files only)
 * @param cleanupInterval event time between two cleanup ticks, which let the command-service close
 *     flights that went silent
 * @param metricsPort where {@code /actuator/prometheus} is served (there is no web server); 0: off
 */
@ConfigurationProperties("contrail.adsb")
record InjectorProperties(
        @DefaultValue("local") String receiver,
        Double receiverLat,
        Double receiverLon,
        @DefaultValue("http://127.0.0.1:8081") URI commandService,
        @DefaultValue("1s") Duration dedupeWindow,
        @DefaultValue("60s") Duration cleanupInterval,
        @DefaultValue("0s") Duration downsample,
        @DefaultValue("1") double speed,
        @DefaultValue("true") boolean progress,
        @DefaultValue("false") boolean exitWhenDone,
        @DefaultValue("8083") int metricsPort,
        @DefaultValue Sender sender,
        @DefaultValue List<FileFeed> files,
        @DefaultValue List<TcpFeed> tcp,
        @DefaultValue Simulation simulator) {

    /** Batching and retries of the injection; see {@code SenderSettings}. */
    record Sender(
            @DefaultValue("2000") int batchSize,
            @DefaultValue("200ms") Duration maxDelay,
            @DefaultValue("10000") int bufferCapacity,
            @DefaultValue("2") int lanes,
            @DefaultValue("10s") Duration requestTimeout,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff,
            @DefaultValue("30s") Duration shutdownGrace) {}

    /**
     * A recorded file.
     *
     * @param startTime when relative (12 MHz) or missing timestamps start; default: the file's
     *     modification time
     */
    record FileFeed(Path path, String format, String receiver, Instant startTime) {}

    /** A readsb / dump1090 output port: 30002 (avr) or 30005 (beast). */
    record TcpFeed(String host, int port, String format, String receiver) {}

    /**
     * The traffic simulator.
     *
     * @param framesPerSecond over all aircraft, in simulated time
     */
    record Simulation(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("50") int aircraft,
            @DefaultValue("500") double framesPerSecond,
            @DefaultValue("1") long seed,
            @DefaultValue("50.0379") double centerLat,
            @DefaultValue("8.5622") double centerLon,
            @DefaultValue("sim") String receiver) {}
}

package dev.contrail.adsb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.adsb.events.Downsampler;
import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.FrameDeduplicator;
import dev.contrail.adsb.events.FrameTimes;
import dev.contrail.adsb.events.ObservationEvent;
import dev.contrail.adsb.events.ObservationPipeline;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The injector's file and TCP sources, fed the dump1090 AVR sample. */
class FeedSourcesTest {

    private static final List<String> SAMPLE = sample();

    private final List<ObservationEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void fileReplayDeliversEveryFrameAndDrawsItsProgressToTheEnd(@TempDir Path dir) throws Exception {
        var progress = new ByteArrayOutputStream();

        ObservationPipeline pipeline = replay(dir, new PrintStream(progress, true), new SimpleMeterRegistry());

        assertThat(pipeline.frames()).isEqualTo(SAMPLE.size());
        assertThat(events).isNotEmpty().hasSize((int) pipeline.emitted());
        String bar = progress.toString(StandardCharsets.UTF_8);
        assertThat(bar)
                .startsWith("\rfile:sample.avr [")
                .endsWith(String.format(
                        "[%s] 100%% %,d frames %,d events%n", "=".repeat(30), SAMPLE.size(), events.size()));
    }

    @Test
    void metricsCountWhatTheReplaySawWhenScraped(@TempDir Path dir) throws Exception {
        var meters = new SimpleMeterRegistry();

        ObservationPipeline pipeline = replay(dir, null, meters);

        assertThat(meters.get("adsb.frames.received").functionCounter().count()).isEqualTo(SAMPLE.size());
        double crc = meters.get("adsb.frames.crc").functionCounters().stream()
                .mapToDouble(FunctionCounter::count)
                .sum();
        double rejected = meters.get("adsb.frames.rejected").functionCounters().stream()
                .mapToDouble(FunctionCounter::count)
                .sum();
        assertThat(crc).isPositive();
        assertThat(crc + rejected).isEqualTo(SAMPLE.size() - pipeline.duplicates());
        assertThat(meters.get("adsb.events.emitted")
                        .tag("type", "contrail.flights.position_reported.v1")
                        .functionCounter()
                        .count())
                .isPositive();
        assertThat(meters.get("adsb.events.emitted").functionCounters().stream()
                        .mapToDouble(FunctionCounter::count)
                        .sum())
                .isEqualTo(events.size());
        assertThat(meters.get("adsb.aircraft.tracked").gauge().value()).isPositive();
    }

    @Test
    void tcpClientReconnectsAfterTheFeedDropsAndKeepsReading() throws Exception {
        int half = SAMPLE.size() / 2;
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(30_000); // a client that never reconnects fails the test, not hangs it
            ObservationPipeline pipeline = pipeline(FrameTimes.live(Clock.systemUTC()));
            var source = new TcpFeedSource("127.0.0.1", server.getLocalPort(), FeedFormat.AVR, pipeline);
            Thread client = Thread.ofVirtual().start(() -> {
                try {
                    source.run();
                } catch (InterruptedException expected) {
                    // stopped by the test
                }
            });

            long[] first = serve(server, SAMPLE.subList(0, half));
            long[] second = serve(server, SAMPLE.subList(half, SAMPLE.size()));

            await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.frames() == SAMPLE.size());
            client.interrupt();
            client.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(client.isAlive()).isFalse();
            assertThat(pipeline.frames()).isEqualTo(SAMPLE.size());
            assertThat(events).hasSize((int) pipeline.emitted()).isNotEmpty();
            // the client waits its first backoff, one second, after closing (a little before the server saw it)
            assertThat(TimeUnit.NANOSECONDS.toMillis(second[0] - first[1])).isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void pacerHoldsFramesToTheirRecordedPaceTimesTheSpeed() throws Exception {
        var pacer = new Pacer(Clock.systemUTC(), 10);
        pacer.await(5_000);
        long start = System.nanoTime();
        pacer.await(6_000); // one recorded second at ten times the pace
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(95);

        var unpaced = new Pacer(Clock.systemUTC(), 0);
        unpaced.await(0);
        start = System.nanoTime();
        unpaced.await(3_600_000);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
    }

    /** Accepts one connection, writes the lines, closes it; returns when it was accepted and closed. */
    private static long[] serve(ServerSocket server, List<String> lines) throws IOException {
        try (Socket socket = server.accept();
                OutputStream out = socket.getOutputStream()) {
            long accepted = System.nanoTime();
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            // wait for the client to read to the end and close its side
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // nothing is sent by the client
            }
            return new long[] {accepted, System.nanoTime()};
        }
    }

    /** Replays the sample from a file as fast as possible, its metrics bound to {@code meters}. */
    private ObservationPipeline replay(Path dir, PrintStream progress, MeterRegistry meters) throws Exception {
        Path file = dir.resolve("sample.avr");
        Files.write(file, SAMPLE);
        ObservationPipeline pipeline = pipeline(FrameTimes.forFile(0, FrameTimes.DEFAULT_UNTIMED_SPACING_MS));
        PipelineMetrics.bind(meters, "file:sample.avr", pipeline);
        new FileReplaySource(file, FeedFormat.AVR, pipeline, Clock.systemUTC(), 0, progress).run();
        return pipeline;
    }

    private ObservationPipeline pipeline(FrameTimes times) {
        return new ObservationPipeline(
                "test",
                new Decoder(DecoderConfig.defaults()),
                times,
                new FrameDeduplicator(0),
                new Downsampler(0),
                events::add);
    }

    private static List<String> sample() {
        try (InputStream in =
                FeedSourcesTest.class.getResourceAsStream("/adsb/antirez-dump1090/modes1_decoded_avr.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

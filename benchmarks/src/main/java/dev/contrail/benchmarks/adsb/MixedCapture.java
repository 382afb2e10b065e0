package dev.contrail.benchmarks.adsb;

import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.FrameTimes;
import dev.contrail.adsb.sim.SimFrame;
import dev.contrail.adsb.sim.Simulator;
import dev.contrail.adsb.sim.SimulatorSettings;
import dev.contrail.adsb.source.FrameReader;
import dev.contrail.adsb.source.SourceFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The decoder benchmark's input: one receiver's timeline of Mode S frames, built from the two
 * sample captures in the injector's test resources and the simulator, merged in time order.
 *
 * <ul>
 *   <li>pyModeS {@code sample_data_adsb.csv}: 2,000 DF17 frames of one aircraft (EZY85MH) over
 *       about 730 s, with their Unix timestamps. Its start is the timeline's start.
 *   <li>dump1090 {@code modes1_decoded_avr.txt}: 217 untimestamped AVR frames of mixed downlink
 *       formats (DF0/4/5/11/16/17/20/21, some with bit errors), spaced as the injector spaces
 *       untimestamped file frames (400 ms) from the timeline's start.
 *   <li>the simulator: {@link #SIM_AIRCRAFT} aircraft around Frankfurt at {@link #SIM_RATE} frames
 *       per second for the same 730 s: real DF17 (identification, airborne and surface positions,
 *       velocity) and DF5 frames.
 * </ul>
 *
 * Every frame keeps its own time; the decoder is stateful (CPR pairs, tracks, address table), so
 * the times matter for what it does.
 */
final class MixedCapture {

    static final int SIM_AIRCRAFT = 100;
    static final double SIM_RATE = 400;
    static final Position RECEIVER = new Position(50.0379, 8.5622);

    final byte[][] frames;
    final long[] times;
    final int simulated;
    final int avr;
    final int csv;

    private MixedCapture(byte[][] frames, long[] times, int simulated, int avr, int csv) {
        this.frames = frames;
        this.times = times;
        this.simulated = simulated;
        this.avr = avr;
        this.csv = csv;
    }

    int size() {
        return frames.length;
    }

    /** First to last frame time, in milliseconds. */
    long spanMillis() {
        return times[times.length - 1] - times[0];
    }

    /** Where the sample captures are: {@code adsb-injector-service/src/test/resources/adsb}. */
    static Path samplesDirectory() {
        String configured = System.getProperty("bench.adsb.samples");
        Path dir = configured != null
                ? Path.of(configured)
                : Path.of("adsb-injector-service/src/test/resources/adsb").toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("sample captures not found at " + dir
                    + " (run from the repository root or set -Dbench.adsb.samples)");
        }
        return dir;
    }

    static MixedCapture build(Path samples) {
        record Timed(byte[] bytes, long time, int order) {}
        List<Timed> all = new ArrayList<>();

        List<SourceFrame> csvFrames = read(samples.resolve("pyModeS/sample_data_adsb.csv"), FeedFormat.CSV);
        long start = csvFrames.getFirst().timestamp();
        long end = csvFrames.getLast().timestamp();
        FrameTimes csvTimes = FrameTimes.forFile(start, FrameTimes.DEFAULT_UNTIMED_SPACING_MS);
        for (SourceFrame f : csvFrames) {
            all.add(new Timed(f.bytes(), csvTimes.millis(f), all.size()));
        }

        List<SourceFrame> avrFrames = read(samples.resolve("antirez-dump1090/modes1_decoded_avr.txt"), FeedFormat.AVR);
        FrameTimes avrTimes = FrameTimes.forFile(start, FrameTimes.DEFAULT_UNTIMED_SPACING_MS);
        for (SourceFrame f : avrFrames) {
            all.add(new Timed(f.bytes(), avrTimes.millis(f), all.size()));
        }

        var simulator =
                new Simulator(new SimulatorSettings(SIM_AIRCRAFT, SIM_RATE, 7, RECEIVER.lat(), RECEIVER.lon()), start);
        int simulated = 0;
        for (SimFrame f = simulator.next(); f.timeMillis() <= end; f = simulator.next()) {
            all.add(new Timed(f.bytes(), f.timeMillis(), all.size()));
            simulated++;
        }

        all.sort(Comparator.comparingLong(Timed::time).thenComparingInt(Timed::order));
        byte[][] frames = new byte[all.size()][];
        long[] times = new long[all.size()];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = all.get(i).bytes();
            times[i] = all.get(i).time();
        }
        return new MixedCapture(frames, times, simulated, avrFrames.size(), csvFrames.size());
    }

    private static List<SourceFrame> read(Path file, FeedFormat format) {
        List<SourceFrame> frames = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            FrameReader reader = format.reader(in);
            for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
                frames.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (frames.isEmpty()) {
            throw new IllegalStateException("no frames in " + file);
        }
        return frames;
    }
}

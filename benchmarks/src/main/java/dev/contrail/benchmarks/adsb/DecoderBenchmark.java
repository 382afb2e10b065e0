package dev.contrail.benchmarks.adsb;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoder throughput on one thread: each invocation decodes the next {@link #BATCH} frames of the
 * {@link MixedCapture} through {@link Decoder#decode(byte[], long)}, each at its own frame time, so
 * one operation is one message. The capture is replayed over and over with one decoder; each replay
 * is shifted later by the capture's span plus {@link #REPLAY_GAP_MILLIS}, longer than any state the
 * decoder keeps (addresses 60 s, aircraft 10 min), so time never runs backwards and each replay
 * starts from what its housekeeping left, as after a quiet quarter of an hour on a real receiver.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DecoderBenchmark {

    static final int BATCH = 10_000;
    static final long REPLAY_GAP_MILLIS = 15 * 60_000;

    private byte[][] frames;
    private long[] times;
    private long replaySpan;
    private Decoder decoder;
    private int next;
    private long shift;

    @Setup(Level.Trial)
    public void setUp() {
        MixedCapture capture = MixedCapture.build(MixedCapture.samplesDirectory());
        frames = capture.frames;
        times = capture.times;
        replaySpan = capture.spanMillis() + REPLAY_GAP_MILLIS;
        decoder = new Decoder(DecoderConfig.defaults().withReceiver(MixedCapture.RECEIVER));
        next = 0;
        shift = 0;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void decode(Blackhole blackhole) {
        byte[][] f = frames;
        long[] t = times;
        int i = next;
        long s = shift;
        for (int n = 0; n < BATCH; n++) {
            blackhole.consume(decoder.decode(f[i], t[i] + s));
            if (++i == f.length) {
                i = 0;
                s += replaySpan;
            }
        }
        next = i;
        shift = s;
    }
}

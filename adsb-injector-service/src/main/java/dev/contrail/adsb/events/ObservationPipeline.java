package dev.contrail.adsb.events;

import dev.contrail.adsb.decoder.DecodeResult;
import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation;
import java.util.concurrent.atomic.LongAdder;

/**
 * One receiver stream from frames to events: frame time, dedupe, decode, map, optional downsampling.
 * Single-threaded (the decoder is); one instance per source, kept across reconnects so the decoder
 * does not lose its aircraft. The counters may be read from any thread.
 */
public final class ObservationPipeline {

    private final String receiver;
    private final Decoder decoder;
    private final FrameTimes times;
    private final FrameDeduplicator dedupe;
    private final Downsampler downsampler;
    private final EventSink sink;
    private final LongAdder frames = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder downsampled = new LongAdder();
    private final LongAdder[] emitted = new LongAdder[FlightsEvents.TYPES.size()];

    public ObservationPipeline(
            String receiver,
            Decoder decoder,
            FrameTimes times,
            FrameDeduplicator dedupe,
            Downsampler downsampler,
            EventSink sink) {
        this.receiver = receiver;
        this.decoder = decoder;
        this.times = times;
        this.dedupe = dedupe;
        this.downsampler = downsampler;
        this.sink = sink;
        for (int i = 0; i < emitted.length; i++) {
            emitted[i] = new LongAdder();
        }
    }

    /** Processes one frame; returns the event it produced, or {@code null}. */
    public ObservationEvent accept(SourceFrame frame) throws InterruptedException {
        return accept(frame, timeOf(frame));
    }

    /** The frame's receive time; call once per frame, in order (relative timestamps accumulate). */
    public long timeOf(SourceFrame frame) {
        return times.millis(frame);
    }

    /** Processes one frame whose time {@link #timeOf} gave (a replay may wait in between). */
    public ObservationEvent accept(SourceFrame frame, long time) throws InterruptedException {
        frames.increment();
        byte[] bytes = frame.bytes();
        if (bytes.length != 7 && bytes.length != 14) {
            return null; // Mode A/C: no address, nothing to publish
        }
        if (!dedupe.admit(bytes, time)) {
            duplicates.increment();
            return null;
        }
        if (!(decoder.decode(bytes, time) instanceof DecodeResult.Accepted accepted)) {
            return null;
        }
        AircraftObservation observation = ObservationMapper.map(accepted);
        if (observation == null) {
            return null;
        }
        ObservationEvent event = ObservationEvent.of(receiver, time, bytes, observation);
        if (!downsampler.admit(event.subject(), event.type(), time)) {
            downsampled.increment();
            return null;
        }
        emitted[typeIndex(event.type())].increment();
        sink.accept(event);
        return event;
    }

    private static int typeIndex(String type) {
        for (int i = 0; i < FlightsEvents.TYPES.size(); i++) {
            if (FlightsEvents.TYPES.get(i).name().equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type);
    }

    public String receiver() {
        return receiver;
    }

    public Decoder decoder() {
        return decoder;
    }

    public FrameTimes times() {
        return times;
    }

    public long frames() {
        return frames.sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long downsampled() {
        return downsampled.sum();
    }

    /** Events emitted of a registered type. */
    public long emitted(String type) {
        return emitted[typeIndex(type)].sum();
    }

    public long emitted() {
        long sum = 0;
        for (LongAdder a : emitted) {
            sum += a.sum();
        }
        return sum;
    }
}

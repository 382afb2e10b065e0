package dev.contrail.adsb.service;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderCounters;
import dev.contrail.adsb.decoder.RejectReason;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.core.event.EventType;
import dev.contrail.flights.FlightsEvents;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a pipeline's plain counters as Micrometer meters, tagged with the source. Function
 * meters read the counters when scraped, so decoding pays nothing for metrics.
 */
final class PipelineMetrics {

    private PipelineMetrics() {}

    static void bind(MeterRegistry meters, String source, ObservationPipeline p) {
        Decoder decoder = p.decoder();
        DecoderCounters c = decoder.counters();
        counter(meters, "adsb.frames.received", source, p, ObservationPipeline::frames);
        counter(meters, "adsb.frames.duplicates", source, p, ObservationPipeline::duplicates);
        counter(meters, "adsb.events.downsampled", source, p, ObservationPipeline::downsampled);
        crc(meters, source, "ok", c, x -> x.accepted() - x.corrected(1) - x.corrected(2));
        crc(meters, source, "repaired_1_bit", c, x -> x.corrected(1));
        crc(meters, source, "repaired_2_bits", c, x -> x.corrected(2));
        for (RejectReason reason : RejectReason.values()) {
            FunctionCounter.builder("adsb.frames.rejected", c, x -> x.rejected(reason))
                    .description("frames the decoder dropped, by reason")
                    .tag("source", source)
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(meters);
        }
        for (EventType<?> type : FlightsEvents.TYPES) {
            FunctionCounter.builder("adsb.events.emitted", p, x -> x.emitted(type.name()))
                    .tag("source", source)
                    .tag("type", type.name())
                    .register(meters);
        }
        Gauge.builder("adsb.aircraft.tracked", decoder, Decoder::trackedAircraft)
                .description("aircraft with decoder state")
                .tag("source", source)
                .register(meters);
    }

    private static void counter(
            MeterRegistry meters,
            String name,
            String source,
            ObservationPipeline p,
            ToDoubleFunction<ObservationPipeline> f) {
        FunctionCounter.builder(name, p, f).tag("source", source).register(meters);
    }

    private static void crc(
            MeterRegistry meters,
            String source,
            String result,
            DecoderCounters c,
            ToDoubleFunction<DecoderCounters> f) {
        FunctionCounter.builder("adsb.frames.crc", c, f)
                .description("accepted frames by parity: clean or repaired")
                .tag("source", source)
                .tag("result", result)
                .register(meters);
    }
}

package dev.contrail.adsb;

import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.events.Downsampler;
import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.FrameDeduplicator;
import dev.contrail.adsb.events.FrameTimes;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.source.FrameReader;
import dev.contrail.adsb.source.SourceFrame;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code decode --input FILE --format avr|beast|csv [--receiver-lat L --receiver-lon L] [--receiver
 * NAME] [--start-time ISO-INSTANT] [--dedupe-window-ms N] [--untimed-spacing-ms N]}: the file's
 * events as structured CloudEvents, one JSON object per line on stdout. Nothing else goes to stdout,
 * so the output can be piped into {@code jq} or a file; the summary and errors go to stderr.
 *
 * <p>Time: CSV carries unix seconds. AVR {@code @} and Beast timestamps are 12 MHz ticks relative to
 * an unknown start, and plain AVR lines carry none; both start at {@code --start-time}, by default
 * the file's modification time, untimed frames {@code --untimed-spacing-ms} (400) apart. The same
 * file and options therefore always give the same events with the same ids.
 */
public final class DecodeCommand {

    static final long DEFAULT_DEDUPE_WINDOW_MS = 1000;

    private DecodeCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, Writer out, PrintStream err) {
        DecodeOptions options;
        try {
            options = DecodeOptions.parse(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("decode: " + e.getMessage());
            err.println(DecodeOptions.USAGE);
            return 2;
        }
        try {
            ObservationPipeline pipeline = pipeline(options, out);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(options.input()), 1 << 16)) {
                FrameReader reader = options.format().reader(in);
                for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
                    pipeline.accept(f);
                }
            }
            out.flush();
            err.printf(
                    "decode: %d frames, %d duplicates, %d events, %d aircraft, decoder %s%n",
                    pipeline.frames(),
                    pipeline.duplicates(),
                    pipeline.emitted(),
                    pipeline.decoder().trackedAircraft(),
                    pipeline.decoder().counters().snapshot());
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("decode: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static ObservationPipeline pipeline(DecodeOptions o, Writer out) throws IOException {
        DecoderConfig config = DecoderConfig.defaults();
        if (o.receiverLat() != null) {
            config = config.withReceiver(new Position(o.receiverLat(), o.receiverLon()));
        }
        Instant anchor = o.startTime() != null
                ? o.startTime()
                : Files.getLastModifiedTime(o.input()).toInstant();
        return new ObservationPipeline(
                o.receiver(),
                new Decoder(config),
                FrameTimes.forFile(anchor.toEpochMilli(), o.untimedSpacingMs()),
                new FrameDeduplicator(o.dedupeWindowMs()),
                new Downsampler(0),
                event -> {
                    try {
                        out.write(event.toJson());
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The parsed command line. */
    record DecodeOptions(
            Path input,
            FeedFormat format,
            Double receiverLat,
            Double receiverLon,
            String receiver,
            Instant startTime,
            long dedupeWindowMs,
            long untimedSpacingMs) {

        static final String USAGE = "usage: decode --input FILE --format avr|beast|csv"
                + " [--receiver-lat L --receiver-lon L] [--receiver NAME] [--start-time 2026-01-01T00:00:00Z]"
                + " [--dedupe-window-ms 1000] [--untimed-spacing-ms 400]";

        static DecodeOptions parse(String[] args) {
            Path input = null;
            FeedFormat format = null;
            Double lat = null;
            Double lon = null;
            String receiver = "local";
            Instant start = null;
            long window = DEFAULT_DEDUPE_WINDOW_MS;
            long spacing = FrameTimes.DEFAULT_UNTIMED_SPACING_MS;
            for (int i = args.length > 0 && args[0].equals("decode") ? 1 : 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--input" -> input = Path.of(value);
                    case "--format" -> format = FeedFormat.parse(value);
                    case "--receiver-lat" -> lat = Double.parseDouble(value);
                    case "--receiver-lon" -> lon = Double.parseDouble(value);
                    case "--receiver" -> receiver = value;
                    case "--start-time" -> start = Instant.parse(value);
                    case "--dedupe-window-ms" -> window = Long.parseLong(value);
                    case "--untimed-spacing-ms" -> spacing = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (input == null || format == null) {
                throw new IllegalArgumentException("--input and --format are required");
            }
            if ((lat == null) != (lon == null)) {
                throw new IllegalArgumentException("give both --receiver-lat and --receiver-lon, or neither");
            }
            if (!receiver.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("--receiver may use letters, digits, '.', '_' and '-' only");
            }
            if (!Files.isReadable(input)) {
                throw new IllegalArgumentException("cannot read " + input);
            }
            return new DecodeOptions(input, format, lat, lon, receiver, start, window, spacing);
        }
    }
}

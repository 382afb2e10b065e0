package dev.contrail.adsb.events;

import dev.contrail.adsb.source.AvrReader;
import dev.contrail.adsb.source.BeastReader;
import dev.contrail.adsb.source.CsvReader;
import dev.contrail.adsb.source.FrameReader;
import java.io.InputStream;
import java.util.Locale;

/** The feed formats the injector reads, by their command-line / configuration names. */
public enum FeedFormat {
    AVR,
    BEAST,
    CSV;

    public FrameReader reader(InputStream in) {
        return switch (this) {
            case AVR -> new AvrReader(in);
            case BEAST -> new BeastReader(in);
            case CSV -> new CsvReader(in);
        };
    }

    /** {@code avr}, {@code beast} or {@code csv}, any case. */
    public static FeedFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (avr, beast or csv)", e);
        }
    }
}

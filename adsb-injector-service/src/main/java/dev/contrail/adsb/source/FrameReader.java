package dev.contrail.adsb.source;

import java.io.IOException;

/** A pull parser over a feed. Not thread-safe. */
public interface FrameReader {

    /** The next frame, or {@code null} at end of input. Malformed input is skipped, never thrown. */
    SourceFrame next() throws IOException;
}

package dev.contrail.adsb.events;

import dev.contrail.adsb.source.SourceFrame;
import dev.contrail.adsb.source.TimestampKind;
import java.time.Clock;

/**
 * When each frame was received, in epoch milliseconds: the event time and the decoder's clock.
 *
 * <ul>
 *   <li>Unix timestamps (CSV) are used as they are.
 *   <li>12 MHz ticks (AVR {@code @}, Beast) are relative: they are offsets from an anchor, the time
 *       of the first timestamped frame. A counter that runs backwards (receiver restart) starts a
 *       new anchor at the last known time, so time never runs backwards.
 *   <li>Frames without timestamps get the anchor plus a fixed spacing per frame.
 * </ul>
 *
 * For files, the anchor is given (the capture's start time, or the file's modification time when
 * nothing better is known): the same file then always gives the same times, hence the same event
 * ids. For live input the anchor is the wall clock at the first frame; untimestamped live frames
 * take the wall clock itself. The clock is injected, so tests and replays control it.
 */
public final class FrameTimes {

    /** Spacing of untimestamped file frames: about a busy receiver's rate for one aircraft. */
    public static final long DEFAULT_UNTIMED_SPACING_MS = 400;

    private final Clock clock;
    private final boolean live;
    private final long fileAnchor;
    private final long untimedSpacingMillis;
    private long anchorMillis;
    private long anchorTicks = -1;
    private long lastTicks;
    private long lastMillis;
    private long untimedCount;

    private FrameTimes(Clock clock, boolean live, long fileAnchor, long untimedSpacingMillis) {
        this.clock = clock;
        this.live = live;
        this.fileAnchor = fileAnchor;
        this.untimedSpacingMillis = untimedSpacingMillis;
        this.lastMillis = fileAnchor;
    }

    /** Times for a recorded file whose relative or missing timestamps start at {@code anchorMillis}. */
    public static FrameTimes forFile(long anchorMillis, long untimedSpacingMillis) {
        return new FrameTimes(null, false, anchorMillis, untimedSpacingMillis);
    }

    /** Times for a live feed: relative timestamps anchored to, and missing ones taken from, the clock. */
    public static FrameTimes live(Clock clock) {
        return new FrameTimes(clock, true, 0, 0);
    }

    public long millis(SourceFrame frame) {
        long t = switch (frame.timestampKind()) {
            case UNIX_MILLIS -> frame.timestamp();
            case TICKS_12MHZ -> fromTicks(frame.timestamp());
            case NONE -> live ? clock.millis() : fileAnchor + untimedSpacingMillis * untimedCount++;
        };
        lastMillis = t;
        return t;
    }

    private long fromTicks(long ticks) {
        if (anchorTicks < 0 || ticks < lastTicks) {
            anchorMillis = live ? clock.millis() : anchorTicks < 0 ? fileAnchor : lastMillis;
            anchorTicks = ticks;
        }
        lastTicks = ticks;
        return anchorMillis + Math.round((ticks - anchorTicks) * TimestampKind.MILLIS_PER_12MHZ_TICK);
    }

    /** A new connection: its counter may have restarted, so re-anchor at its first frame. */
    public void reconnected() {
        anchorTicks = -1;
        lastTicks = 0;
    }
}

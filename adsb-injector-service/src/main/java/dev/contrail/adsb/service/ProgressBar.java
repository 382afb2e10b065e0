package dev.contrail.adsb.service;

import java.io.PrintStream;

/** A one-line progress bar on stderr (carriage return, no scrolling), redrawn at most 4 times a second. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000;

    private final PrintStream out;
    private final String label;
    private final long total;
    private long lastDraw;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 1);
    }

    void update(long done, long frames, long events) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(done, frames, events);
        }
    }

    void finish(long frames, long events) {
        draw(total, frames, events);
        out.println();
    }

    private void draw(long done, long frames, long events) {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        out.printf(
                "\r%s [%s] %3d%% %,d frames %,d events",
                label, bar, 100 * Math.min(done, total) / total, frames, events);
        out.flush();
    }
}

package dev.contrail.adsb.service;

import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.source.FrameReader;
import dev.contrail.adsb.source.SourceFrame;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Replays a recorded file at its recorded pace (times {@code speed}), with a progress bar. */
final class FileReplaySource implements FeedSource {

    private final Path path;
    private final FeedFormat format;
    private final ObservationPipeline pipeline;
    private final Pacer pacer;
    private final PrintStream progress;

    /** {@code progress} is where the bar goes (stderr), or {@code null} for none. */
    FileReplaySource(
            Path path,
            FeedFormat format,
            ObservationPipeline pipeline,
            Clock clock,
            double speed,
            PrintStream progress) {
        this.path = path;
        this.format = format;
        this.pipeline = pipeline;
        this.pacer = new Pacer(clock, speed);
        this.progress = progress;
    }

    @Override
    public String name() {
        return "file:" + path.getFileName();
    }

    @Override
    public ObservationPipeline pipeline() {
        return pipeline;
    }

    @Override
    public void run() throws Exception {
        ProgressBar bar = progress == null ? null : new ProgressBar(progress, name(), Files.size(path));
        try (var counting = new CountingInputStream(Files.newInputStream(path));
                InputStream in = new BufferedInputStream(counting, 1 << 16)) {
            FrameReader reader = format.reader(in);
            for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long time = pipeline.timeOf(f);
                pacer.await(time);
                pipeline.accept(f, time);
                if (bar != null) {
                    bar.update(counting.count(), pipeline.frames(), pipeline.emitted());
                }
            }
        }
        if (bar != null) {
            bar.finish(pipeline.frames(), pipeline.emitted());
        }
    }
}

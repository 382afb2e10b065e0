package dev.contrail.adsb.service;

import dev.contrail.adsb.events.FeedFormat;
import dev.contrail.adsb.events.ObservationPipeline;
import dev.contrail.adsb.source.FrameReader;
import dev.contrail.adsb.source.SourceFrame;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of a dump1090/readsb output port (30002 AVR, 30005 Beast). It reconnects after any
 * failure with exponential backoff (1 s doubling to 30 s, reset once a connection delivers frames)
 * and keeps its pipeline, so the decoder's aircraft survive a reconnect. Frame times are re-anchored
 * per connection: a restarted receiver restarts its 12 MHz counter.
 */
final class TcpFeedSource implements FeedSource {

    private static final Logger log = LoggerFactory.getLogger(TcpFeedSource.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A live feed is silent this long only when it is broken. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private static final long MIN_BACKOFF_MS = 1_000;
    private static final long MAX_BACKOFF_MS = 30_000;

    private final String host;
    private final int port;
    private final FeedFormat format;
    private final ObservationPipeline pipeline;

    TcpFeedSource(String host, int port, FeedFormat format, ObservationPipeline pipeline) {
        this.host = host;
        this.port = port;
        this.format = format;
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "tcp:" + host + ":" + port;
    }

    @Override
    public ObservationPipeline pipeline() {
        return pipeline;
    }

    @Override
    public void run() throws InterruptedException {
        long backoff = MIN_BACKOFF_MS;
        while (!Thread.currentThread().isInterrupted()) {
            long before = pipeline.frames();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
                socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
                log.info("connected to {} ({})", name(), format);
                pipeline.times().reconnected();
                read(socket.getInputStream());
                log.warn("{} closed the connection", name());
            } catch (IOException e) {
                log.warn("{}: {}", name(), e.toString());
            }
            if (pipeline.frames() > before) {
                backoff = MIN_BACKOFF_MS;
            }
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
        throw new InterruptedException();
    }

    private void read(InputStream socketIn) throws IOException, InterruptedException {
        FrameReader reader = format.reader(new BufferedInputStream(socketIn, 1 << 14));
        for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            pipeline.accept(f);
        }
    }
}

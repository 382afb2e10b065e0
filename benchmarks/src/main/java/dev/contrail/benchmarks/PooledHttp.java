package dev.contrail.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Blocking HTTP/1.1 exchanges with one server over kept-alive connections, taken from a pool by
 * whichever thread sends: for open-loop drivers whose requests each wait for their answer. At 400
 * requests/s the JDK's HttpClient (a selector thread, worker threads and futures per exchange)
 * took about a quarter of the CPU of the JVM holding the services it measured; here an exchange is
 * a write and the reads of its answer on the sender's thread, parsed no further than its framing.
 */
final class PooledHttp implements AutoCloseable {

    /** A response's status and body. */
    record Answer(int status, String body) {}

    private final InetSocketAddress server;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    PooledHttp(String baseUrl) {
        var uri = URI.create(baseUrl);
        server = new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    /** Sends the request on an idle connection (a new one when none is idle) and reads its answer. */
    Answer exchange(byte[] request) throws IOException {
        Connection connection = idle.poll();
        if (connection == null) {
            connection = new Connection(SocketChannel.open(server));
        }
        try {
            ResponseFrame frame = connection.exchange(request);
            var answer = new Answer(frame.status(), frame.body(connection.buffer));
            if (frame.closing() || closed) {
                connection.channel.close();
            } else {
                idle.add(connection);
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            connection.channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        for (Connection connection; (connection = idle.poll()) != null; ) {
            connection.channel.close();
        }
    }

    private static final class Connection {
        final SocketChannel channel;
        byte[] buffer = new byte[16 * 1024];

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }

        ResponseFrame exchange(byte[] request) throws IOException {
            var out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            int filled = 0;
            while (true) {
                ResponseFrame frame = ResponseFrame.find(buffer, 0, filled);
                if (frame != null) {
                    return frame;
                }
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = channel.read(ByteBuffer.wrap(buffer, filled, buffer.length - filled));
                if (read < 0) {
                    throw new IOException("the server closed the connection before answering");
                }
                filled += read;
            }
        }
    }
}

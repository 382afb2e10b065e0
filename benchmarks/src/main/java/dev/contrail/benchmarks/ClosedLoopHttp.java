package dev.contrail.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop HTTP load as wrk makes it: kept-alive connections, each with one request in flight,
 * sent again as soon as its response has arrived, and all of them driven by one thread over a
 * selector. On a shared two-core machine every cycle the driver takes is one the service under
 * test does not get: a thread per connection, blocked in a read, cost two context switches per
 * request and about 8 % of the machine during the deposit rounds (perf record -a); one thread
 * that finds several responses ready at each wake-up took 4.5 %. Each request's bytes are built
 * once, and each response is parsed no further than its framing ({@link ResponseFrame}); any
 * answer but 200 stops the load.
 */
final class ClosedLoopHttp implements AutoCloseable {

    private final InetSocketAddress server;
    private final Selector selector;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread loop;
    private volatile boolean stopping;

    /** Starts one connection per request and keeps each one's request in flight until closed. */
    ClosedLoopHttp(String baseUrl, List<byte[]> requests) throws IOException {
        var uri = URI.create(baseUrl);
        server = new InetSocketAddress(uri.getHost(), uri.getPort());
        selector = Selector.open();
        for (byte[] request : requests) {
            send(new Connection(request, open()));
        }
        loop = Thread.ofPlatform().name("closed-loop-http").daemon().start(this::run);
    }

    /** Responses with status 200 so far. */
    long completed() {
        return completed.get();
    }

    /** Throws what stopped the load, if anything did. */
    void checkFailure() throws Exception {
        Exception e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    private SocketChannel open() throws IOException {
        SocketChannel channel = SocketChannel.open(server); // a blocking connect, then non-blocking use
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        return channel;
    }

    private void run() {
        try {
            while (!stopping) {
                selector.select(this::ready, 100);
            }
        } catch (UncheckedIOException e) { // from ready(), which select's callback lets throw no checked exception
            failure.compareAndSet(null, e.getCause());
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void ready(SelectionKey key) {
        var connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                send(connection);
            } else if (key.isReadable()) {
                receive(connection);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what arrived; once the whole response is there, counts it and sends the request again. */
    private void receive(Connection connection) throws IOException {
        ByteBuffer in = connection.in;
        if (connection.channel.read(in) < 0) {
            throw new IOException("the server closed a connection mid-response");
        }
        ResponseFrame frame = ResponseFrame.find(in.array(), 0, in.position());
        if (frame == null) {
            if (!in.hasRemaining()) {
                throw new IOException("a response larger than " + in.capacity() + " bytes");
            }
            return;
        }
        if (frame.status() != 200) {
            throw new IOException("answered " + frame.status() + ": " + frame.body(in.array()));
        }
        if (frame.end() != in.position()) {
            throw new IOException("bytes after a response to the one request in flight");
        }
        completed.incrementAndGet();
        in.clear();
        if (frame.closing()) { // servers end a connection after so many requests (Tomcat: 100)
            connection.channel.close();
            connection.channel = open();
        }
        send(connection);
    }

    /** Writes the request; what the socket does not take now is written when it can take more. */
    private void send(Connection connection) throws IOException {
        if (!connection.out.hasRemaining()) {
            connection.out.rewind();
        }
        connection.channel.write(connection.out);
        int interest = connection.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ;
        if (connection.key == null || connection.key.channel() != connection.channel) {
            connection.key = connection.channel.register(selector, interest, connection);
        } else if (connection.key.interestOps() != interest) {
            connection.key.interestOps(interest);
        }
    }

    @Override
    public void close() throws Exception {
        stopping = true;
        selector.wakeup();
        loop.join();
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }

    private static final class Connection {
        final ByteBuffer out;
        final ByteBuffer in = ByteBuffer.allocate(16_384);
        SocketChannel channel;
        SelectionKey key;

        Connection(byte[] request, SocketChannel channel) {
            this.out = ByteBuffer.wrap(request);
            this.channel = channel;
        }
    }
}

package dev.auditpack.emulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

/**
 * Starts JDK HTTP servers on 127.0.0.1 and a free port with {@code TCP_NODELAY} on. Without it the JDK server
 * writes headers and body in two packets and Nagle's algorithm, meeting the client's delayed ACK, adds about
 * 40 ms to every answer.
 */
final class LoopbackServer {

    static {
        // Read once, when the JDK's ServerConfig class loads, so it must be set before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private LoopbackServer() {}

    /** A started server; {@code executor} null runs handlers on the server's own thread. */
    static HttpServer start(HttpHandler handler, Executor executor, int backlog) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local HTTP server", e);
        }
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return server;
    }
}

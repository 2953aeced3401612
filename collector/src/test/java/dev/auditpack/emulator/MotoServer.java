package dev.auditpack.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * moto server, the AWS emulator, started once per test JVM and stopped when that JVM exits. Each test
 * class that uses it ({@code @ExtendWith(MotoServer.class)}) starts from an empty emulator. Set
 * {@code MOTO_ENDPOINT} to use a server that is already running.
 */
public final class MotoServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static MotoServer shared;

    private final URI endpoint;
    private final Process process;

    private MotoServer(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
    }

    /** The running server, started on first use. */
    public static synchronized MotoServer get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** Only JUnit calls this; use {@link #get()}. */
    public MotoServer() {
        this.endpoint = null;
        this.process = null;
    }

    // Not closed with JUnit's root context: when Maven runs tests in several JVMs, each JVM runs its classes one
    // root context at a time, and the server must outlive them all; the shutdown hook stops it at exit.
    @Override
    public void beforeAll(ExtensionContext context) {
        get().reset();
    }

    @Override
    public void close() {
        stop();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Wipes every account's state. */
    public void reset() {
        post("/moto-api/reset");
    }

    private static MotoServer start() {
        String given = System.getenv("MOTO_ENDPOINT");
        if (given != null && !given.isBlank()) {
            URI uri = URI.create(given);
            waitUntilUp(uri, null);
            return new MotoServer(uri, null);
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile("moto-", ".log");
            Process p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            URI uri = URI.create("http://127.0.0.1:" + port);
            waitUntilUp(uri, p);
            return new MotoServer(uri, p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start moto_server (is it installed and on PATH?)", e);
        }
    }

    private static void waitUntilUp(URI uri, Process p) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (p != null && !p.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + p.exitValue());
            }
            try {
                HttpResponse<Void> r = HTTP.send(
                        HttpRequest.newBuilder(uri.resolve("/moto-api/"))
                                .GET()
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
        }
        throw new IllegalStateException("moto_server did not answer at " + uri + " within 60 s");
    }

    private void post(String path) {
        try {
            HttpResponse<Void> r = HTTP.send(
                    HttpRequest.newBuilder(endpoint.resolve(path))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto_server " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

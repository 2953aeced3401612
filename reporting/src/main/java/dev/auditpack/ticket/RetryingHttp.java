package dev.auditpack.ticket;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a request again when the server asks for patience: on 429 after its {@code Retry-After} (seconds or an
 * HTTP date), on 5xx and on a connection that failed after a growing pause; at most {@link #ATTEMPTS} times, and
 * never waiting longer than {@link #LONGEST_WAIT} at once. Every other answer is returned as it is.
 */
final class RetryingHttp {

    /** Attempts per request, the first included. */
    static final int ATTEMPTS = 5;

    /** The longest pause between two attempts, whatever {@code Retry-After} asks for. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** The first pause after a 5xx or a failed connection; it doubles each time. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Waits; tests may count the pauses instead. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;

    RetryingHttp() {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                d -> Thread.sleep(d.toMillis()),
                Clock.systemUTC());
    }

    RetryingHttp(HttpClient client, Sleeper sleeper, Clock clock) {
        this.client = client;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * The last answer to the request {@code request} builds (a new one for each attempt, so a file body is read
     * again).
     *
     * @param what what the request does, for the message when the server cannot be reached
     * @throws TicketException when every attempt failed to connect, or the wait was interrupted
     */
    HttpResponse<String> send(Supplier<HttpRequest> request, String what) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(request.get(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new TicketException(what + " failed: " + describe(e) + " (" + attempt + " attempts)", e);
                }
                pause(backoff, what);
                backoff = backoff.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TicketException(what + " was interrupted", e);
            }
            int status = response.statusCode();
            boolean retry = status == 429 || status >= 500;
            if (!retry || attempt >= ATTEMPTS) {
                return response;
            }
            Duration wait = status == 429
                    ? retryAfter(response.headers().firstValue("Retry-After"), clock.instant())
                            .orElse(backoff)
                    : backoff;
            pause(wait, what);
            backoff = backoff.multipliedBy(2);
        }
    }

    private void pause(Duration wait, String what) {
        try {
            sleeper.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TicketException(what + " was interrupted", e);
        }
    }

    /**
     * How long {@code Retry-After} asks to wait: a number of seconds, or an HTTP date (RFC 9110), counted from
     * {@code now}; empty when it is missing or neither. A date in the past means at once.
     */
    static Optional<Duration> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}

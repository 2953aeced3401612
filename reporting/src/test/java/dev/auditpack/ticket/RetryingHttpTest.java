package dev.auditpack.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries are bounded and their pauses capped, whatever the server asks; the pauses are counted, not slept. */
class RetryingHttpTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final RetryingHttp http = new RetryingHttp(
            HttpClient.newHttpClient(),
            pauses::add,
            Clock.fixed(Instant.parse("2027-01-12T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anHourAskedForIsCappedAndTheAttemptsAreBounded() {
        try (TicketStub stub = new TicketStub()) {
            stub.answer(r -> new TicketStub.Reply(429, "{}", Map.of("Retry-After", "3600")));
            HttpResponse<String> last = http.send(() -> get(stub), "reading");
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(stub.requests()).hasSize(RetryingHttp.ATTEMPTS);
            assertThat(pauses).hasSize(RetryingHttp.ATTEMPTS - 1).containsOnly(RetryingHttp.LONGEST_WAIT);
        }
    }

    @Test
    void serverErrorsBackOffDoublingAndAnHttpDateIsCountedFromNow() {
        try (TicketStub stub = new TicketStub()) {
            List<TicketStub.Reply> replies = new ArrayList<>(List.of(
                    TicketStub.Reply.of(500, ""),
                    TicketStub.Reply.of(502, ""),
                    new TicketStub.Reply(429, "", Map.of("Retry-After", "Tue, 12 Jan 2027 10:00:20 GMT")),
                    TicketStub.Reply.of(200, "{}")));
            stub.answer(r -> replies.remove(0));
            assertThat(http.send(() -> get(stub), "reading").statusCode()).isEqualTo(200);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(20));
        }
    }

    @Test
    void aClientErrorIsNotRetriedAndAServerThatIsGoneIsNamed() {
        try (TicketStub stub = new TicketStub()) {
            stub.answer(r -> TicketStub.Reply.of(400, "{}"));
            assertThat(http.send(() -> get(stub), "reading").statusCode()).isEqualTo(400);
            assertThat(pauses).isEmpty();
        }
        HttpRequest nowhere =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build();
        assertThatThrownBy(() -> http.send(() -> nowhere, "reading issue AUD-1"))
                .isInstanceOf(TicketException.class)
                .hasMessageStartingWith("reading issue AUD-1 failed: ConnectException")
                .hasMessageEndingWith("(5 attempts)");
        assertThat(pauses).hasSize(RetryingHttp.ATTEMPTS - 1);
    }

    private static HttpRequest get(TicketStub stub) {
        return HttpRequest.newBuilder(URI.create(stub.url() + "/x")).build();
    }
}

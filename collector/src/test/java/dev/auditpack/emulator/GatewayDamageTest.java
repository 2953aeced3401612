package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gateway damages answers on the wire as a bad network does, read here byte by byte from a plain socket:
 * cut after the headers, cut mid-body, a chunked transfer without its last chunk, and a {@code Content-Length}
 * that announces only part of the answer.
 */
@ExtendWith(MotoServer.class)
class GatewayDamageTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";

    /** The raw bytes of one GetCallerIdentity exchange, read until the gateway closes the connection. */
    private static Wire exchange() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", GATEWAY.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Authorization: AWS4-HMAC-SHA256 Credential=testing/20261201/us-east-1/sts/aws4_request, "
                            + "SignedHeaders=host, Signature=00\r\nConnection: close\r\nContent-Length: "
                            + BODY.length()
                            + "\r\n\r\n" + BODY)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(all);
            } catch (IOException e) {
                // a reset after the bytes we have is as much an end as a close
            }
            return Wire.parse(all.toByteArray());
        }
    }

    @Test
    void eachDamageLeavesTheAnswerIncompleteOnTheWire() throws IOException {
        Wire clean = exchange();
        assertThat(clean.header("content-length")).isEqualTo(String.valueOf(clean.body.length));
        assertThat(new String(clean.body, StandardCharsets.UTF_8)).contains("<Account>");

        GATEWAY.faults(FaultPlan.every(1, Fault.CUT_AFTER_HEADERS));
        Wire afterHeaders = exchange();
        assertThat(afterHeaders.status).isEqualTo(200);
        assertThat(afterHeaders.header("content-length")).isEqualTo(String.valueOf(clean.body.length));
        assertThat(afterHeaders.body).isEmpty();

        GATEWAY.faults(FaultPlan.every(1, Fault.CUT_MID_BODY));
        Wire midBody = exchange();
        assertThat(midBody.header("content-length")).isEqualTo(String.valueOf(clean.body.length));
        assertThat(midBody.body).hasSize(clean.body.length / 2);

        GATEWAY.faults(FaultPlan.every(1, Fault.CUT_CHUNKED));
        Wire chunked = exchange();
        assertThat(chunked.header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        String chunks = new String(chunked.body, StandardCharsets.UTF_8);
        assertThat(chunks)
                .as("no last chunk")
                .doesNotEndWith("0\r\n\r\n")
                .doesNotContain("</GetCallerIdentityResponse>");

        GATEWAY.faults(FaultPlan.every(1, Fault.SHORT_LENGTH));
        Wire shortLength = exchange();
        assertThat(shortLength.header("content-length")).isEqualTo(String.valueOf(clean.body.length / 2));
        assertThat(shortLength.body).hasSize(clean.body.length / 2);
        String cleanText = new String(clean.body, StandardCharsets.UTF_8);
        assertThat(new String(shortLength.body, StandardCharsets.UTF_8))
                .as("a prefix of the answer, complete by HTTP's measure")
                .isEqualTo(cleanText.substring(0, clean.body.length / 2))
                .doesNotContain("</GetCallerIdentityResponse>");

        assertThat(GATEWAY.faultsInjected())
                .containsEntry(Fault.CUT_AFTER_HEADERS, 1L)
                .containsEntry(Fault.CUT_MID_BODY, 1L)
                .containsEntry(Fault.CUT_CHUNKED, 1L)
                .containsEntry(Fault.SHORT_LENGTH, 1L);
    }

    /** A response as it came over the wire: status, headers, and the body bytes after the blank line. */
    private record Wire(int status, String headers, byte[] body) {

        static Wire parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a status line and headers arrived").isPositive();
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Wire(status, head, Arrays.copyOfRange(raw, end + 4, raw.length));
        }

        String header(String name) {
            return headers.lines()
                    .skip(1)
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(null);
        }
    }
}

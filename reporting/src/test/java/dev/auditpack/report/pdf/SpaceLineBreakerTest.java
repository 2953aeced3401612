package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break after white space only, never inside an identifier. */
class SpaceLineBreakerTest {

    @Test
    void breaksOnlyAfterWhiteSpace() {
        assertThat(pieces("Owner: dana.whitfield@northwind.example (by control iso27001-2022:A.5.15)"))
                .containsExactly(
                        "Owner: ", "dana.whitfield@northwind.example ", "(by ", "control ", "iso27001-2022:A.5.15)");
        assertThat(pieces("arn:aws:s3:::northwind-web-assets, raw/123456789012/eu-west-1/s3.buckets.json  j.smith."))
                .containsExactly(
                        "arn:aws:s3:::northwind-web-assets, ",
                        "raw/123456789012/eu-west-1/s3.buckets.json  ",
                        "j.smith.");
    }

    @Test
    void endsOnceAtTheEndOfTheText() {
        SpaceLineBreaker breaker = new SpaceLineBreaker();
        breaker.setText("");
        assertThat(breaker.next()).isEqualTo(-1);
        breaker.setText("A.5.15");
        assertThat(breaker.next()).isEqualTo(6);
        assertThat(breaker.next()).isEqualTo(-1);
        assertThat(breaker.next()).isEqualTo(-1);
    }

    private static List<String> pieces(String text) {
        SpaceLineBreaker breaker = new SpaceLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end >= 0; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}

package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void writesWhatSha256sumReadsSortedByPath() {
        Checksums sums =
                new Checksums(new TreeMap<>(Map.of("results.json", A, "README.txt", B, "evidence/index.json", A)));
        assertThat(new String(sums.format(), StandardCharsets.UTF_8))
                .isEqualTo(B + "  README.txt\n" + A + "  evidence/index.json\n" + A + "  results.json\n");
    }

    @Test
    void readsItBackAndReportsLinesItCannotRead() {
        List<String> problems = new ArrayList<>();
        String text = B + "  README.txt\n" + A.toUpperCase() + " *bin.dat\r\nnot a line\n" + A + "  ../escape\n" + A
                + "  README.txt\n\n";
        Checksums sums = Checksums.parse(text.getBytes(StandardCharsets.UTF_8), problems::add);
        assertThat(sums.sha256ByPath()).containsExactly(Map.entry("README.txt", A), Map.entry("bin.dat", A));
        assertThat(problems)
                .containsExactly(
                        "MALFORMED SHA256SUMS (line 3 is not '<sha256>  <path>')",
                        "MALFORMED SHA256SUMS (line 4 names '../escape', which is not a plain relative path)",
                        "MALFORMED SHA256SUMS (line 5 lists README.txt again)");
    }

    @Test
    void refusesPathsSha256sumWouldEscape() {
        assertThatThrownBy(() -> new Checksums(new TreeMap<>(Map.of("a\nb", A))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checksums(new TreeMap<>(Map.of("/etc/passwd", A))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checksums(new TreeMap<>(Map.of("x", "nothex"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

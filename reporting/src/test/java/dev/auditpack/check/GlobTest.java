package dev.auditpack.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void matchesWholeArnsWithStarsAnywhere() {
        assertThat(Glob.of("arn:aws:s3:::logs-*").matches("arn:aws:s3:::logs-2026"))
                .isTrue();
        assertThat(Glob.of("arn:aws:s3:::logs-*").matches("arn:aws:s3:::other")).isFalse();
        assertThat(Glob.of("*").matches("")).isTrue();
        assertThat(Glob.of("a*b*c").matches("abc")).isTrue();
        assertThat(Glob.of("a*b*c").matches("ac")).isFalse();
        assertThat(Glob.of("ab*ba").matches("aba"))
                .as("prefix and suffix may not overlap")
                .isFalse();
        assertThat(Glob.of("a.b").matches("axb")).as("only * is special").isFalse();
        assertThat(Glob.of("exact").matches("exact")).isTrue();
        assertThat(Glob.of("exact").matches("exactly")).isFalse();
    }

    @Test
    void agreesWithARegularExpressionOnRandomPatterns() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String glob = random(random, "ab*", 1 + random.nextInt(7));
            String text = random(random, "ab", random.nextInt(9));
            Pattern regex = Pattern.compile(glob.replace("*", ".*"));
            assertThat(Glob.of(glob).matches(text))
                    .as(glob + " on " + text)
                    .isEqualTo(regex.matcher(text).matches());
        }
    }

    @Test
    void manyStarsDoNotBacktrack() {
        String glob = "*".repeat(40) + "b";
        String text = "a".repeat(20_000);
        // A regular expression of 40 '.*' against this text does not finish in any time worth waiting for.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 100; i++) {
                assertThat(Glob.of(glob).matches(text)).isFalse();
                assertThat(Glob.of("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c").matches(text))
                        .isFalse();
            }
        });
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}

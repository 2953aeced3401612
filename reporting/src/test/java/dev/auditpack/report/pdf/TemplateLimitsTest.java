package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.auditpack.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are stopped at their limits with the template and line, and read only plain files of their folder. */
class TemplateLimitsTest {

    @TempDir
    Path dir;

    private TemplateSet templates(String report) throws Exception {
        Files.writeString(dir.resolve("report.ftl"), report);
        return TemplateSet.from(dir);
    }

    @Test
    void aLoopThatWritesNothingIsStoppedAtTheTimeLimit() throws Exception {
        TemplateSet set = templates("<html>\n<body>\n<#list 1.. as i></#list>\n</body></html>")
                .withLimits(Duration.ofSeconds(2), TemplateSet.OUTPUT_LIMIT);
        assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> set.render("report.ftl", Map.of()))
                        .isInstanceOf(InputException.class)
                        .hasMessageContaining(dir.resolve("report.ftl").toString())
                        .hasMessageContaining("line 3")
                        .hasMessageContaining("still rendering after 2 s, the limit"));
    }

    @Test
    void aLoopInAnIncludedPartIsNamedByThatPart() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/loop.ftl"), "<#-- a part -->\n<#list 1.. as i>${i}</#list>");
        TemplateSet set = templates("<html><body>\n<#include \"parts/loop.ftl\">\n</body></html>")
                .withLimits(Duration.ofSeconds(60), 1 << 20);
        assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> set.render("report.ftl", Map.of()))
                        .isInstanceOf(InputException.class)
                        .hasMessageContaining(dir.resolve("parts/loop.ftl").toString())
                        .hasMessageContaining("line 2")
                        .hasMessageContaining("writes more than 1 Mi characters"));
    }

    @Test
    void aFifoInPlaceOfATemplateIsRefusedNotWaitedOn() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("parts/cover.ftl").toString())
                        .start()
                        .waitFor())
                .isZero();
        TemplateSet set = templates("<html><body><#include \"parts/cover.ftl\"></body></html>");
        assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> set.render("report.ftl", Map.of()))
                        .isInstanceOf(InputException.class)
                        .hasMessageContaining("line 1")
                        .hasMessageContaining(dir.resolve("parts/cover.ftl").toString())
                        .hasMessageContaining("not a plain file"));
    }

    @Test
    void aFontLinkedFromOutsideTheFolderIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        Files.createSymbolicLink(dir.resolve("fonts/DejaVuSans.ttf"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> TemplateSet.from(dir).resource("fonts/DejaVuSans.ttf"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("leads outside");
        assertThat(TemplateSet.from(dir).resource("fonts/DejaVuSansMono.ttf"))
                .as("the built-in one still serves")
                .isPresent();
    }

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(dev.auditpack.report.VisibleText.of("Acme\u0001 Ltd\ttab\nline"))
                .isEqualTo("Acme\\u0001 Ltd\ttab\nline");
        assertThat(dev.auditpack.report.VisibleText.of("a\u007fb\u0085c\uffffd"))
                .isEqualTo("a\\u007Fb\\u0085c\\uFFFFd");
        assertThat(dev.auditpack.report.VisibleText.of("lone \ud800 surrogate, pair \ud83d\ude00"))
                .isEqualTo("lone \\uD800 surrogate, pair \ud83d\ude00");
        String plain = "nothing to change: é, ü, 東京";
        assertThat(dev.auditpack.report.VisibleText.of(plain)).isSameAs(plain);
    }
}

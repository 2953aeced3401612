package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import dev.auditpack.report.pdf.TemplateSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README.txt and the ticket summary come from templates a user's folder may replace, as the PDF's parts do. */
class PackTextTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aUsersCopyReplacesTheShippedTemplateAndWritesPlainText() throws IOException {
        Files.writeString(
                dir.resolve(TicketSummary.TEMPLATE),
                "Pack of ${text.markdown(run.organisation)} <b>& ${model.frameworks?size} framework(s)</b>\n");
        Files.writeString(dir.resolve(AuditorReadme.TEMPLATE), "FOR ${run.organisation} & co\n");
        var model = ThirdFrameworkPackTest.onlyModel();
        TemplateSet templates = TemplateSet.from(dir);
        assertThat(new String(
                        TicketSummary.render(model, List.of(), Optional.empty(), templates), StandardCharsets.UTF_8))
                .isEqualTo("Pack of Example Ltd <b>& 1 framework(s)</b>\n");
        assertThat(new String(
                        AuditorReadme.render(model, ReportWriter.all(), Optional.empty(), templates),
                        StandardCharsets.UTF_8))
                .isEqualTo("FOR Example Ltd & co\n");
    }

    @Test
    void aBrokenCopyIsOneLineNamingItAndTheLine() throws IOException {
        Path own = dir.resolve(TicketSummary.TEMPLATE);
        Files.writeString(own, "| Organisation |\n| ${run.nosuch} |\n");
        var model = ThirdFrameworkPackTest.onlyModel();
        assertThatThrownBy(() -> TicketSummary.render(model, List.of(), Optional.empty(), TemplateSet.from(dir)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(own.toString())
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}

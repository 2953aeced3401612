package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list of writers is what README.txt and docs/pack-format.md describe, so neither can drift from it. */
class ReportWriterTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyWriterIsListedInReadmeWithItsDescription() {
        List<ReportWriter> writers = ReportWriter.all();
        String readme = new String(
                AuditorReadme.render(
                        ThirdFrameworkPackTest.onlyModel(),
                        writers,
                        Optional.empty(),
                        dev.auditpack.report.pdf.TemplateSet.defaults()),
                StandardCharsets.UTF_8);
        String listed = readme.substring(readme.indexOf("WHAT IS IN IT"), readme.indexOf("HOW IT WAS MADE"));
        for (ReportWriter w : writers) {
            assertThat(listed)
                    .as(w.file())
                    .containsPattern("(?m)^  " + java.util.regex.Pattern.quote(w.file()) + "( +\\S|\n {23}\\S)");
            // The description is wrapped to the file's width: compare it word for word.
            assertThat(words(listed)).as(w.file()).contains(words(w.description()));
        }
    }

    @Test
    void docsPackFormatListsExactlyTheWriters() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/pack-format.md"));
        for (ReportWriter w : ReportWriter.all()) {
            assertThat(doc)
                    .as("docs/pack-format.md lists " + w.file())
                    .contains("| `" + w.file() + "` | " + w.description() + " |");
        }
        String table = doc.substring(doc.indexOf("| File | What it is (as README.txt says) |"));
        table = table.substring(0, table.indexOf("\n\n"));
        assertThat(table.lines().count() - 2)
                .as("rows of the table in docs/pack-format.md")
                .isEqualTo(ReportWriter.all().size());
    }

    @Test
    void writersHaveDistinctFilesAndReadOnlyEachOther() {
        Set<String> files = new HashSet<>();
        for (ReportWriter w : ReportWriter.all()) {
            assertThat(files.add(w.file())).as("two writers write " + w.file()).isTrue();
            assertThat(w.description()).doesNotContain("\n").isNotBlank();
        }
        for (ReportWriter w : ReportWriter.all()) {
            assertThat(files).as(w.file() + " reads").containsAll(w.reads());
            assertThat(w.reads()).doesNotContain(w.file());
        }
    }

    private static String words(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}

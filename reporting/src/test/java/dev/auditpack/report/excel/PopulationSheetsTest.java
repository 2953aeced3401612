package dev.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.population.PopulationSection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A population sheet marks its sample, and says so when the sheet cannot hold every event. */
class PopulationSheetsTest {

    private static PopulationEvent event(int i) {
        return new PopulationEvent(
                "id-" + i,
                "2026-10-01T10:0" + i + ":00Z",
                "iam.amazonaws.com",
                "CreateUser",
                "arn:aws:iam::1:user/a",
                "IAMUser",
                "userName=u" + i,
                "111122223333",
                "us-east-1",
                null,
                "raw/x/log-a.json.gz",
                "ab".repeat(32));
    }

    @Test
    void sampledRowsAreMarkedAndAFullSheetSaysHowManyEventsItLeftOut(@TempDir Path locker) throws IOException {
        List<PopulationEvent> events =
                IntStream.range(0, 6).mapToObj(PopulationSheetsTest::event).toList();
        Path file = locker.resolve("raw/x/population-joiners.jsonl");
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        events.forEach(e -> lines.add(e.toJsonLine()));
        Files.write(file, lines);
        PopulationSection section = new PopulationSection(
                Optional.of("s1"),
                "source",
                List.of(new PopulationSection.Interval(
                        "111122223333",
                        "us-east-1",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 1),
                        "TrailLogs",
                        6)),
                List.of(),
                List.of(new PopulationSection.PopulationSummary(
                        "joiners",
                        "Users and identities created",
                        Map.of("soc2-2017", List.of("CC6.2")),
                        6,
                        List.of("raw/x/population-joiners.jsonl"),
                        Optional.of(new PopulationSection.Sample("s1", 1, "given", "m", List.of(events.get(1)))))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            PopulationSheets.write(book, new SheetNames(), new Styles(book), section, Optional.of(locker), false, 4);
            book.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = read.getSheet("Pop joiners");
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                }
                rows.add(cells);
            }
            assertThat(rows).hasSize(4);
            assertThat(rows.get(2).subList(0, 2)).containsExactly("Yes", "1");
            assertThat(rows.get(2)).contains("id-1");
            assertThat(rows.get(1).get(0)).isEmpty();
            assertThat(String.join(" ", rows.get(3))).contains("4 more events");
            assertThat(read.getSheet("Populations").getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo("s1");
        }
    }
}

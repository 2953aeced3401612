package dev.auditpack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a pack's outputs back with independent readers: PDFBox, POI and a plain JSON parser. */
public final class PackReaders {

    private PackReaders() {}

    /** The PDF's text, as PDFBox extracts it. */
    public static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each sheet's rows as lists of cell text, by sheet name. */
    public static Map<String, List<List<String>>> workbook(Path xlsx) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        DataFormatter fmt = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot read " + xlsx, e);
        }
        return out;
    }

    public static JsonNode results(Path json) {
        try {
            return new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status of a control in results.json. */
    public static String controlStatus(JsonNode results, String framework, String control) {
        for (JsonNode fw : results.get("frameworks")) {
            if (fw.get("id").asText().equals(framework)) {
                for (JsonNode c : fw.get("controls")) {
                    if (c.get("id").asText().equals(control)) {
                        return c.get("status").asText();
                    }
                }
            }
        }
        throw new AssertionError("no control " + control + " in " + framework);
    }

    /** Overall status of a check in results.json. */
    public static String checkStatus(JsonNode results, String check) {
        for (JsonNode c : results.get("checks")) {
            if (c.get("id").asText().equals(check)) {
                return c.get("status").asText();
            }
        }
        throw new AssertionError("no check " + check);
    }

    /** Every control's statuses and every check's findings, as lines, without run ids and times. */
    public static List<String> judged(JsonNode results) {
        List<String> lines = new ArrayList<>();
        for (JsonNode framework : results.get("frameworks")) {
            for (JsonNode control : framework.get("controls")) {
                lines.add("control " + framework.get("id").asText() + " "
                        + control.get("id").asText() + " "
                        + control.get("status").asText() + " "
                        + control.path("awsStatus").asText() + " "
                        + control.path("customerStatus").asText());
            }
        }
        TreeSet<String> findings = new TreeSet<>();
        for (JsonNode check : results.get("checks")) {
            lines.add("check " + check.get("id").asText() + " "
                    + check.get("status").asText() + " " + check.get("counts"));
            for (JsonNode f : check.get("findings")) {
                findings.add("finding " + check.get("id").asText() + " "
                        + f.get("account").asText() + " "
                        + f.get("region").asText() + " " + f.get("status").asText() + " "
                        + f.get("resource").asText() + " " + f.get("reason").asText());
            }
        }
        lines.addAll(findings);
        return lines;
    }
}

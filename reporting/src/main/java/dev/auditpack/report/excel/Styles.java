package dev.auditpack.report.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles a workbook uses, made once: Excel allows about 64,000 per file, not one per cell. */
final class Styles {

    private static final byte[] GREEN = rgb(0xC6EFCE);
    private static final byte[] RED = rgb(0xFFC7CE);
    private static final byte[] AMBER = rgb(0xFFCC80);
    private static final byte[] BLUE = rgb(0xDDEBF7);
    private static final byte[] GREY = rgb(0xD9D9D9);
    private static final byte[] HEADER = rgb(0xD9E1F2);
    private static final byte[] AUDITOR_HEADER = rgb(0xFFF2CC);

    /**
     * Fill colour per status name: control statuses, check statuses and AWS attestation statuses share one palette
     * (green = evidenced, red = failing, amber = unknown, blue = needs documents, grey = not applicable).
     */
    private static final Map<String, byte[]> STATUS_FILLS = Map.ofEntries(
            Map.entry("SATISFIED", GREEN),
            Map.entry("INHERITED", GREEN),
            Map.entry("MANUAL_PROVIDED", GREEN),
            Map.entry("PASS", GREEN),
            Map.entry("COVERED", GREEN),
            Map.entry("NOT_SATISFIED", RED),
            Map.entry("FAIL", RED),
            Map.entry("GAP", AMBER),
            Map.entry("NEEDS_MANUAL_EVIDENCE", BLUE),
            Map.entry("BRIDGE_LETTER_NEEDED", BLUE),
            Map.entry("NOT_FOUND", BLUE),
            Map.entry("NOT_APPLICABLE", GREY));

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle auditorHeader;
    private final CellStyle auditorCell;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle quotedText;
    private final CellStyle quotedWrapped;
    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle number;
    private final CellStyle link;
    private final Map<String, CellStyle> statuses = new HashMap<>();

    Styles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = base();
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        fill(header, HEADER);
        auditorHeader = base();
        auditorHeader.setFont(bold);
        auditorHeader.setWrapText(true);
        auditorHeader.setBorderBottom(BorderStyle.THIN);
        auditorHeader.setBorderLeft(BorderStyle.THIN);
        fill(auditorHeader, AUDITOR_HEADER);
        auditorCell = base();
        auditorCell.setWrapText(true);
        auditorCell.setLocked(false);
        label = base();
        label.setFont(bold);
        text = base();
        wrapped = base();
        wrapped.setWrapText(true);
        quotedText = base();
        quotedText.setQuotePrefixed(true);
        quotedWrapped = base();
        quotedWrapped.setWrapText(true);
        quotedWrapped.setQuotePrefixed(true);
        dateTime = base();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        date = base();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        number = base();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = base();
        link.setFont(blue);
        STATUS_FILLS.forEach((status, colour) -> {
            CellStyle s = base();
            fill(s, colour);
            statuses.put(status, s);
        });
    }

    CellStyle header() {
        return header;
    }

    /** Header of a column the auditor fills in: pale yellow with a left border, apart from the evidence. */
    CellStyle auditorHeader() {
        return auditorHeader;
    }

    /** Cells of a column the auditor fills in: plain, wrapping, and unlocked should the sheet be protected. */
    CellStyle auditorCell() {
        return auditorCell;
    }

    CellStyle label() {
        return label;
    }

    /** Style for text; quoted text is marked so Excel keeps it as text if a user edits the cell. */
    CellStyle text(boolean wrap, boolean quoted) {
        if (quoted) {
            return wrap ? quotedWrapped : quotedText;
        }
        return wrap ? wrapped : text;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle date() {
        return date;
    }

    CellStyle number() {
        return number;
    }

    CellStyle link() {
        return link;
    }

    /** The coloured style of a status, or plain text for a name outside the palette. */
    CellStyle status(String name) {
        CellStyle s = statuses.get(name);
        return s != null ? s : text;
    }

    private CellStyle base() {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static void fill(CellStyle style, byte[] colour) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(colour));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}

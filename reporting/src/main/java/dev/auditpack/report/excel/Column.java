package dev.auditpack.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One column of a table sheet.
 *
 * @param header text of the header cell
 * @param width  width in characters (fixed: measuring cells to autosize is slow on big sheets)
 * @param wrap    true for long text that should wrap instead of running into the next cell
 * @param auditor true for a column left empty for the auditor to fill in
 */
record Column(String header, int width, boolean wrap, boolean auditor) {

    /** The columns an auditor works in, added at the end of the sheets an auditor works through. */
    static final List<Column> AUDITOR = List.of(
            new Column("Auditor tickmark", 12, false, true),
            new Column("Sample ref", 16, false, true),
            new Column("Auditor comment", 50, true, true));

    Column {
        Objects.requireNonNull(header);
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1 to 255 characters, not " + width);
        }
    }

    static Column of(String header, int width) {
        return new Column(header, width, false, false);
    }

    static Column wrapped(String header, int width) {
        return new Column(header, width, true, false);
    }

    /** {@code columns} followed by the auditor's columns. */
    static List<Column> withAuditorColumns(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        all.addAll(AUDITOR);
        return List.copyOf(all);
    }
}

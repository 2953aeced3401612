package dev.auditpack.report.excel;

import java.util.Objects;

/**
 * One column of a table sheet.
 *
 * @param header text of the header cell
 * @param width  width in characters (fixed: measuring cells to autosize is slow on big sheets)
 * @param wrap   true for long text that should wrap instead of running into the next cell
 */
record Column(String header, int width, boolean wrap) {

    Column {
        Objects.requireNonNull(header);
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1 to 255 characters, not " + width);
        }
    }

    static Column of(String header, int width) {
        return new Column(header, width, false);
    }

    static Column wrapped(String header, int width) {
        return new Column(header, width, true);
    }
}

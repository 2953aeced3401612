package dev.auditpack.pack;

import dev.auditpack.report.excel.WorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;

/** {@code evidence-pack.xlsx}: the pack's answers as sheets. */
final class WorkbookReport implements ReportWriter {

    @Override
    public String file() {
        return ReportJob.WORKBOOK;
    }

    @Override
    public String description() {
        return "The same answers as sheets you can sort and filter, with every finding.";
    }

    @Override
    public void write(Context context, OutputStream out) throws IOException {
        WorkbookWriter.write(context.model(), context.locker().root(), out);
    }
}

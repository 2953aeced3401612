package dev.auditpack.pack;

import dev.auditpack.report.json.ResultsWriter;
import java.io.IOException;
import java.io.OutputStream;

/** {@code results.json}: the pack's answers for programs. */
final class ResultsReport implements ReportWriter {

    @Override
    public String file() {
        return ReportJob.RESULTS;
    }

    @Override
    public String description() {
        return "The same again, for programs: every control, check and finding as JSON (docs/results-format.md).";
    }

    @Override
    public void write(Context context, OutputStream out) throws IOException {
        ResultsWriter.write(context.model(), out);
    }
}

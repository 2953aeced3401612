package dev.auditpack.pack;

import dev.auditpack.report.ReportModel;
import dev.auditpack.report.oscal.AssessmentPlanWriter;
import dev.auditpack.report.oscal.CatalogWriter;
import dev.auditpack.report.oscal.Oscal;
import dev.auditpack.report.oscal.ResultsDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The OSCAL 1.1.2 documents (docs/oscal.md): the assessment results, with the assessment plan they import and one
 * catalog per framework as companions.
 */
final class OscalReport implements ReportWriter {

    @Override
    public String file() {
        return Oscal.RESULTS_FILE;
    }

    @Override
    public String description() {
        return "The same answers as OSCAL 1.1.2 assessment results; beside it the assessment plan they import ("
                + Oscal.PLAN_FILE + ") and a catalog of each framework's own control ids and titles,"
                + " catalog-FRAMEWORK.oscal.json (docs/oscal.md).";
    }

    @Override
    public List<String> companions(ReportModel model) {
        List<String> files = new ArrayList<>();
        files.add(Oscal.PLAN_FILE);
        model.frameworks().forEach(fw -> files.add(Oscal.catalogFile(fw.id())));
        return files;
    }

    @Override
    public void write(Context context, OutputStream out) throws IOException {
        ResultsDocument.write(context.model(), out);
    }

    @Override
    public void writeCompanion(Context context, String name, OutputStream out) throws IOException {
        ReportModel model = context.model();
        if (name.equals(Oscal.PLAN_FILE)) {
            AssessmentPlanWriter.write(model, out);
            return;
        }
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            if (name.equals(Oscal.catalogFile(fw.id()))) {
                CatalogWriter.write(model, fw, out);
                return;
            }
        }
        ReportWriter.super.writeCompanion(context, name, out);
    }
}

package dev.auditpack.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.input.InputException;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.VisibleText;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the PDF of a report model: template to XHTML, XHTML to a tagged PDF/A-3a that is also PDF/UA-1, with
 * embedded fonts.
 */
public final class PdfWriter {

    /** The main template; it may include others. */
    public static final String TEMPLATE = "report.ftl";

    /** Display order of control statuses in summaries. */
    static final List<String> STATUS_ORDER = List.of(
            ControlStatus.SATISFIED.name(),
            ControlStatus.INHERITED.name(),
            ControlStatus.MANUAL_PROVIDED.name(),
            ControlStatus.NOT_SATISFIED.name(),
            ControlStatus.GAP.name(),
            ControlStatus.NEEDS_MANUAL_EVIDENCE.name(),
            ControlStatus.NOT_APPLICABLE.name());

    static {
        // The renderer logs every layout step; the pack's own output is all a user should see.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    /** Renders the XHTML the PDF is made from; exposed so tests can read the text the templates produced. */
    public static String xhtml(ReportModel model, TemplateSet templates) {
        Map<String, Object> data = new HashMap<>();
        data.put("model", model);
        data.put("branding", model.branding());
        data.put("fmt", new Formatting());
        data.put("statuses", STATUS_ORDER);
        data.put(
                "grades",
                java.util.Arrays.stream(dev.auditpack.evaluation.Grade.values())
                        .map(Enum::name)
                        .toList());
        data.put(
                "severities",
                java.util.Arrays.stream(dev.auditpack.check.Severity.values())
                        .map(Enum::name)
                        .toList());
        Map<String, List<ReportModel.FindingRow>> shown = new LinkedHashMap<>();
        for (ReportModel.CheckRow check : model.checks()) {
            shown.put(
                    check.id(),
                    model.findings().sample(check.id(), model.run().findingsPerCheck() * 2 + 1).stream()
                            .filter(f -> f.status() == CheckStatus.FAIL || f.status() == CheckStatus.GAP)
                            .limit(model.run().findingsPerCheck())
                            .map(f -> ReportModel.FindingRow.of(
                                    f, dev.auditpack.check.Severity.valueOf(check.severity())))
                            .toList());
        }
        data.put("findings", shown);
        return VisibleText.of(templates.render(TEMPLATE, data));
    }

    /**
     * Renders the PDF.
     *
     * @return the XHTML it was rendered from, which holds all the text on its pages
     */
    public static String write(ReportModel model, TemplateSet templates, OutputStream out) throws IOException {
        return write(model, templates, List.of(), out);
    }

    /**
     * Renders the PDF with files embedded in it as PDF/A-3 associated files ({@link EvidenceAttachments}), added
     * to the document before it is first saved.
     *
     * @return the XHTML it was rendered from, which holds all the text on its pages
     * @throws IllegalArgumentException when two attachments share a name
     */
    public static String write(
            ReportModel model,
            TemplateSet templates,
            List<EvidenceAttachments.Attachment> attachments,
            OutputStream out)
            throws IOException {
        String xhtml = xhtml(model, templates);
        ResourceGuard guard = new ResourceGuard(templates.folder().orElse(null));
        RuntimeException crash;
        try (Rendered pages = render(xhtml, templates, guard)) {
            return finish(pages.doc(), xhtml, templates, guard, attachments, out);
        } catch (RendererCrash e) {
            crash = e.cause;
        }
        // A renderer fault in laying out or tagging pages, not the template's XHTML: one known case is a table that
        // repeats its header on each page inside a block kept on one page. Drawn again without repeated table
        // headers, the same content renders; what still fails is reported as the renderer's failure.
        try (Rendered pages = render(xhtml.replaceFirst("</head>", PLAIN_TABLES + "</head>"), templates, guard)) {
            return finish(pages.doc(), xhtml, templates, guard, attachments, out);
        } catch (RendererCrash e) {
            e.cause.addSuppressed(crash);
            throw new InputException(
                    templates.describe(null, TEMPLATE),
                    "the PDF renderer failed while laying out "
                            + "the pages (" + rootMessage(e.cause)
                            + "); change the template's page layout or report this "
                            + "with the --debug trace",
                    e.cause);
        }
    }

    /**
     * Renders a page the caller made from one of the templates ({@code name}, e.g. the review sheet) to a PDF/A-3a
     * that is also PDF/UA-1, with the same fonts, colour profile and tagging as the report, and files embedded in it.
     *
     * @param xhtml the page, as {@link TemplateSet#render} gave it
     */
    public static void writePage(
            String name,
            String xhtml,
            TemplateSet templates,
            List<EvidenceAttachments.Attachment> attachments,
            OutputStream out)
            throws IOException {
        String page = VisibleText.of(xhtml);
        ResourceGuard guard = new ResourceGuard(templates.folder().orElse(null));
        try (Rendered pages = render(page, templates, guard)) {
            finish(pages.doc(), page, templates, guard, attachments, out);
        } catch (RendererCrash e) {
            throw new InputException(
                    templates.describe(null, name),
                    "the PDF renderer failed while laying out the page (" + rootMessage(e.cause) + ")",
                    e.cause);
        }
    }

    /** The style added for a second attempt: tables no longer repeat their header on each page. */
    static final String PLAIN_TABLES = "<style>table { -fs-table-paginate: auto !important; }</style>";

    private static String finish(
            PDDocument doc,
            String xhtml,
            TemplateSet templates,
            ResourceGuard guard,
            List<EvidenceAttachments.Attachment> attachments,
            OutputStream out)
            throws IOException {
        if (!guard.refused().isEmpty()) {
            throw new InputException(
                    templates.describe(null, TEMPLATE),
                    "the page refers to "
                            + guard.refused().get(0)
                            + (guard.refused().size() > 1
                                    ? " (and " + (guard.refused().size() - 1) + " more)"
                                    : "") + ", which templates may not load: only data: URIs and files inside the "
                            + "template folder");
        }
        // Outside the template's blame: a file that cannot be read here is the locker's problem.
        EvidenceAttachments.addTo(doc, attachments);
        CompactObjects.apply(doc);
        doc.save(out);
        return xhtml;
    }

    /** A renderer and the document it drew; closing closes both. */
    record Rendered(PdfBoxRenderer renderer, PDDocument doc) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (renderer) {
                doc.close();
            }
        }
    }

    /** The renderer failed after the XHTML parsed: a fault in layout or tagging. */
    static final class RendererCrash extends Exception {
        private final RuntimeException cause;

        RendererCrash(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Parses the XHTML, lays the pages out and draws them. */
    static Rendered render(String xhtml, TemplateSet templates, ResourceGuard guard) throws IOException, RendererCrash {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(EvidenceAttachments.newDocument());
        builder.useFastMode();
        builder.usePdfVersion(1.7f);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useUnicodeLineBreaker(new SpaceLineBreaker());
        font(builder, templates, "fonts/DejaVuSans.ttf", "DejaVu Sans", 400);
        font(builder, templates, "fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
        font(builder, templates, "fonts/DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
        builder.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(
                xhtml,
                templates
                        .folder()
                        .map(d -> d.toAbsolutePath().toUri().toString())
                        .orElse(null));
        PdfBoxRenderer renderer;
        try {
            renderer = builder.buildPdfRenderer();
        } catch (RuntimeException e) {
            throw notXhtml(e, templates);
        }
        try {
            return new Rendered(renderer, renderer.createPDFKeepOpen());
        } catch (RuntimeException e) {
            renderer.close();
            if (parseError(e) != null) {
                throw notXhtml(e, templates);
            }
            throw new RendererCrash(e);
        }
    }

    private static org.xml.sax.SAXParseException parseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException p) {
                return p;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** One line for what the parser threw: the XHTML's line and column where the parser gives them. */
    private static InputException notXhtml(RuntimeException e, TemplateSet templates) {
        org.xml.sax.SAXParseException parse = parseError(e);
        String where = parse == null
                ? ""
                : " at line " + parse.getLineNumber() + ", column " + parse.getColumnNumber()
                        + " of the XHTML it renders";
        return new InputException(
                templates.describe(null, TEMPLATE),
                "the page is not valid XHTML" + where + ": " + (parse == null ? rootMessage(e) : parse.getMessage()),
                e);
    }

    private static void font(
            PdfRendererBuilder builder, TemplateSet templates, String file, String family, int weight) {
        byte[] bytes =
                templates.resource(file).orElseThrow(() -> new InputException(file, "font missing from the templates"));
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, FontStyle.NORMAL, true);
    }
}

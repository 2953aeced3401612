package dev.auditpack.diff;

import java.util.List;

/** The comparison as Markdown for an audit ticket: the two packs, the counts, then each part as a table. */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {}

    public static String render(Comparison c) {
        StringBuilder md = new StringBuilder();
        Comparison.PackRef p = c.previous();
        Comparison.PackRef n = c.current();
        md.append("## Quarter over quarter: ")
                .append(p.periodLabel())
                .append(" → ")
                .append(n.periodLabel())
                .append("\n\n");
        md.append("- Organisation: ").append(cell(n.organisation())).append('\n');
        md.append("- Previous: `")
                .append(p.file())
                .append("` (")
                .append(p.periodLabel())
                .append(", ")
                .append(p.periodStart())
                .append(" to ")
                .append(p.periodEnd())
                .append("; evidence observed ")
                .append(ComparisonTables.time(p.observedAt()))
                .append(")\n");
        md.append("- Current: `")
                .append(n.file())
                .append("` (")
                .append(n.periodLabel())
                .append(", ")
                .append(n.periodStart())
                .append(" to ")
                .append(n.periodEnd())
                .append("; evidence observed ")
                .append(ComparisonTables.time(n.observedAt()))
                .append(")\n");
        md.append("- Frameworks: ").append(String.join(", ", n.frameworks())).append('\n');
        md.append("- Changes: ")
                .append(c.controls().size())
                .append(" control(s) changed status or grade; findings ")
                .append(c.findings().added().size())
                .append(" new, ")
                .append(c.findings().resolved().size())
                .append(" resolved, ")
                .append(c.findings().recurring().size())
                .append(" recurring, ")
                .append(c.findings().notObserved().size())
                .append(" not observed now; ")
                .append(c.expiring().size())
                .append(" exception(s) or document(s) expiring by ")
                .append(c.nextQuarterEnd())
                .append("; ")
                .append(c.missingEvidence().size())
                .append(" evidence file(s) newly missing\n");
        for (ComparisonTables.Table t : ComparisonTables.of(c)) {
            md.append("\n### ")
                    .append(t.title())
                    .append(" (")
                    .append(t.rows().size())
                    .append(")\n\n");
            if (!t.note().isEmpty()) {
                md.append(t.note()).append("\n\n");
            }
            if (t.rows().isEmpty()) {
                md.append("None.\n");
                continue;
            }
            row(md, t.headers());
            md.append("|---".repeat(t.headers().size())).append("|\n");
            t.rows().forEach(r -> row(md, r));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(x -> md.append(' ').append(cell(x)).append(" |"));
        md.append('\n');
    }

    /** A table cell: pipes escaped, line breaks as spaces. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}

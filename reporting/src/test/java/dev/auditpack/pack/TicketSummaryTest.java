package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketSummaryTest {

    private static ReportModel.ControlRow control(String id, ControlStatus status, long failing) {
        List<ReportModel.CheckRef> checks = List.of(
                new ReportModel.CheckRef(
                        "check_failing", "Failing", failing > 0 ? "FAIL" : "PASS", 1, failing, 0, 0, 0),
                new ReportModel.CheckRef("check_passing", "Passing", "PASS", 3, 0, 0, 0, 0));
        return new ReportModel.ControlRow(
                id,
                "Title of " + id,
                "Theme",
                "customer",
                status,
                "",
                "",
                "",
                "",
                "",
                List.of(),
                checks,
                List.of(),
                failing,
                List.of(),
                "",
                List.of(),
                "");
    }

    private static ReportModel model() {
        return model(List.of("111111111111", "222222222222"));
    }

    private static ReportModel model(List<String> accounts) {
        List<ReportModel.ControlRow> controls = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            controls.add(control("C." + i, ControlStatus.NOT_SATISFIED, i));
        }
        controls.add(control("C.13", ControlStatus.SATISFIED, 0));
        Map<ControlStatus, Integer> counts = new EnumMap<>(ControlStatus.class);
        for (ControlStatus s : ControlStatus.values()) {
            counts.put(s, 0);
        }
        counts.put(ControlStatus.NOT_SATISFIED, 12);
        counts.put(ControlStatus.SATISFIED, 1);
        ReportModel.Run run = new ReportModel.Run(
                "Acme | *Ltd*",
                "2026-Q4",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                accounts,
                List.of("eu-west-1"),
                "",
                "run-1",
                Instant.parse("2027-01-02T08:00:00Z"),
                Instant.parse("2027-01-02T08:05:00Z"),
                Instant.parse("2027-01-03T09:10:11.123456Z"),
                "1.2.3",
                "1.2.3",
                25);
        return new ReportModel(
                run,
                List.of(new ReportModel.FrameworkSection("fw", "Framework", "FW", "1", counts, controls, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                dev.auditpack.report.Branding.defaults(),
                dev.auditpack.evaluation.Findings.of(id -> List.of()));
    }

    @Test
    void listsTheTenControlsWithTheMostFailingResources() {
        String md = new String(
                TicketSummary.render(
                        model(),
                        List.of(new TicketSummary.Attachment("evidence-pack.zip", 3_500_000, "c".repeat(64))),
                        Optional.empty()),
                StandardCharsets.UTF_8);
        assertThat(md)
                .contains(
                        "### Evidence pack: Acme \\| \\*Ltd\\*, 2026-Q4",
                        "| AWS accounts | 111111111111, 222222222222 |",
                        "| Generated | 2027-01-03T09:10:11Z by auditpack 1.2.3 |",
                        "| Signed | no |",
                        "| FW | 13 | 1 | 12 | 0 | 0 | 0 | 0 | 0 |",
                        "**Top failing controls** (10 of 12 not satisfied, by grade, then severity, then most failing resources)",
                        "| FW | C.12 Title of C.12 | `check_failing` (12) | 12 | not graded |",
                        "| evidence-pack.zip | 3.3 MiB (3,500,000 bytes) | `" + "c".repeat(64) + "` |");
        assertThat(md).doesNotContain("check_passing", "| C.2 ", "| C.1 ", "C.13");
        assertThat(md.indexOf("| C.12 ")).isLessThan(md.indexOf("| C.11 "));
        assertThat(md.indexOf("| C.4 ")).isLessThan(md.indexOf("| C.3 "));
    }

    @Test
    void anOrganisationsAccountsAreCountedAndOnlyTheFirstListed() {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            accounts.add(String.valueOf(100_000_000_000L + i));
        }
        String md =
                new String(TicketSummary.render(model(accounts), List.of(), Optional.empty()), StandardCharsets.UTF_8);
        String row = md.lines()
                .filter(l -> l.startsWith("| AWS accounts |"))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .startsWith("| AWS accounts | 100: 100000000000, 100000000001, ")
                .contains("100000000011 and 88 more (every one is in the PDF and results.json) |")
                .doesNotContain("100000000012");
    }

    @Test
    void documentsAndExceptionsAreCountedWhenThereAreAny() {
        ReportModel m = model();
        assertThat(new String(TicketSummary.render(m, List.of(), Optional.empty()), StandardCharsets.UTF_8))
                .doesNotContain("| Manual evidence |", "| Exceptions |");
        List<ReportModel.ManualRow> manual = List.of(
                new ReportModel.ManualRow(
                        "policy",
                        "Policy",
                        "manual/policy.md",
                        "a".repeat(64),
                        10,
                        "ciso",
                        "2026-03-01",
                        "2027-02-28",
                        "satisfied",
                        "",
                        List.of("fw:C.1"),
                        false),
                new ReportModel.ManualRow(
                        "old",
                        "Old procedure",
                        "manual/old.md",
                        "b".repeat(64),
                        10,
                        "hr",
                        "2025-01-01",
                        "2026-06-30",
                        "",
                        "",
                        List.of("fw:C.2"),
                        true));
        List<ReportModel.ExceptionRow> exceptions = List.of(
                new ReportModel.ExceptionRow(
                        "EX-1", "accepted finding", "check on x", "why", "ciso", "2026-09-01", "2027-03-31", true, 3),
                new ReportModel.ExceptionRow(
                        "EX-2", "accepted finding", "check on y", "why", "ciso", "2025-09-01", "2026-03-31", false, 0));
        ReportModel with = new ReportModel(
                m.run(),
                m.frameworks(),
                m.checks(),
                m.attestations(),
                m.evidence(),
                m.attachments(),
                m.errors(),
                manual,
                exceptions,
                m.profile(),
                m.branding(),
                m.findings());
        assertThat(new String(TicketSummary.render(with, List.of(), Optional.empty()), StandardCharsets.UTF_8))
                .contains(
                        "| Manual evidence | 2 document(s), 1 expired (counted as missing) |",
                        "| Exceptions | 2, 1 active; 3 failing finding(s) accepted |");
    }
}

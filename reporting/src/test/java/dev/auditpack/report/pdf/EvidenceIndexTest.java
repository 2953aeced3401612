package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.report.EvidenceGroup;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.ReportModel.ControlRow;
import dev.auditpack.report.ReportModel.EvidenceRow;
import dev.auditpack.report.excel.SampleModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PDF's evidence index and a control's list of evidence stay the same size however many accounts and regions
 * were collected: one row per collector, the files one by one only up to {@link Formatting#FILES_LISTED}.
 */
class EvidenceIndexTest {

    private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2");
    private static final Instant FIRST = Instant.parse("2027-01-02T08:03:04Z");
    private static final Instant LAST = Instant.parse("2027-01-02T09:15:00Z");

    /** {@code accounts} accounts' bucket files in four regions and their global user files, every control citing all. */
    private static ReportModel organisation(int accounts) {
        List<EvidenceRow> evidence = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            String account = String.format("%012d", a);
            for (String region : REGIONS) {
                evidence.add(row("s3.buckets", account, region, a == 0 ? LAST : FIRST, a == 7 ? 2 : 0));
            }
            evidence.add(row("iam.users", account, "global", FIRST, 0));
        }
        ReportModel m = SampleModel.sample();
        List<ReportModel.FrameworkSection> frameworks = m.frameworks().stream()
                .map(fw -> SampleModel.section(
                        fw.id(),
                        fw.shortName(),
                        fw.controls().stream().map(c -> citing(c, evidence)).toList()))
                .toList();
        return SampleModel.replacing(m, frameworks, evidence);
    }

    private static EvidenceRow row(String collector, String account, String region, Instant at, int errors) {
        return new EvidenceRow(
                "raw/" + account + "/" + region + "/" + collector + ".json",
                collector,
                account,
                region,
                at,
                Integer.toHexString(collector.hashCode() ^ account.hashCode() ^ region.hashCode())
                        .repeat(8)
                        .substring(0, 8)
                        .repeat(8),
                100,
                errors);
    }

    private static ControlRow citing(ControlRow c, List<EvidenceRow> evidence) {
        return new ControlRow(
                c.id(),
                c.title(),
                c.theme(),
                c.responsibility(),
                c.status(),
                c.reason(),
                c.awsPart(),
                c.customerPart(),
                c.awsStatus(),
                c.customerStatus(),
                c.reports(),
                c.checks(),
                c.failing(),
                c.failingTotal(),
                evidence,
                c.manual(),
                c.documents(),
                c.exception(),
                c.grade(),
                c.snapshotAt(),
                c.scope(),
                c.owner());
    }

    private static String index(String xhtml) {
        return xhtml.substring(xhtml.indexOf(" id=\"evidence\">"));
    }

    @Test
    void collectorsAreCountedWithTheirAccountsRegionsTimesAndFailedCalls() {
        List<EvidenceGroup> groups = EvidenceGroup.of(organisation(300).evidence());
        assertThat(groups).extracting(EvidenceGroup::collector).containsExactly("iam.users", "s3.buckets");
        EvidenceGroup buckets = groups.get(1);
        assertThat(buckets.count()).isEqualTo(1_200);
        assertThat(buckets.accounts()).isEqualTo(300);
        assertThat(buckets.regions()).containsExactly("ap-southeast-2", "eu-central-1", "eu-west-1", "us-east-1");
        assertThat(buckets.bytes()).isEqualTo(120_000);
        assertThat(buckets.errorCount()).isEqualTo(8);
        assertThat(buckets.firstAt()).isEqualTo(FIRST);
        assertThat(buckets.lastAt()).isEqualTo(LAST);
        assertThat(buckets.files()).extracting(EvidenceRow::path).isSorted();

        Formatting fmt = new Formatting();
        assertThat(fmt.spread(buckets))
                .isEqualTo("1200 files from 300 accounts in ap-southeast-2, eu-central-1, eu-west-1, us-east-1");
        assertThat(fmt.spread(groups.get(0))).isEqualTo("300 files from 300 accounts, global");
        List<EvidenceRow> mixed = List.of(
                row("kms.keys", "000000000001", "global", FIRST, 0),
                row("kms.keys", "000000000001", "eu-west-1", FIRST, 0));
        assertThat(fmt.spread(EvidenceGroup.of(mixed).get(0)))
                .isEqualTo("2 files from 1 account in eu-west-1 and global");
    }

    @Test
    void aLargeLockerIsIndexedByCollectorAndControlsCountTheirFilesInsteadOfListingThem() {
        ReportModel model = organisation(300);
        assertThat(model.evidence()).hasSizeGreaterThan(Formatting.FILES_LISTED);
        String xhtml = PdfWriter.xhtml(model, TemplateSet.defaults());
        String index = index(xhtml);

        assertThat(index)
                .contains(
                        "<tr id=\"evc-s3_2ebuckets\"><td><span class=\"mono\">s3.buckets</span></td>"
                                + "<td class=\"num\">1200</td><td class=\"num\">300</td>"
                                + "<td>ap-southeast-2, eu-central-1, eu-west-1, us-east-1</td>"
                                + "<td><span class=\"nowrap\">2027-01-02 08:03 UTC</span><br/><span class=\"nowrap\">to 2027-01-02 09:15 UTC</span></td>"
                                + "<td class=\"num\">120000</td><td class=\"num\">8</td></tr>",
                        "<tr id=\"evc-iam_2eusers\">",
                        "The 1500 evidence files are too many to list here one by one.",
                        "index.json, attached to this PDF")
                .doesNotContain("sha256:", "id=\"ev-raw");
        assertThat(xhtml)
                .contains(
                        "<a class=\"mono\" href=\"#evc-s3_2ebuckets\">s3.buckets</a>: 1200 files from 300 accounts in "
                                + "ap-southeast-2, eu-central-1, eu-west-1, us-east-1</p>")
                .doesNotContain("href=\"#ev-raw");
        assertEveryLinkLands(xhtml);
        // Two lines per control, whatever the number of accounts: the lists no longer grow with the organisation.
        assertThat(xhtml.length())
                .isLessThan(PdfWriter.xhtml(organisation(30), TemplateSet.defaults())
                                .length()
                        * 2);
    }

    @Test
    void upToTheLimitEveryFileIsListedWithItsHashAndSmallCollectorsAreNamedByPath() {
        int accounts = Formatting.FILES_LISTED / 5;
        ReportModel model = organisation(accounts);
        assertThat(model.evidence()).hasSize(Formatting.FILES_LISTED);
        String xhtml = PdfWriter.xhtml(model, TemplateSet.defaults());
        Formatting fmt = new Formatting();
        for (EvidenceRow e : model.evidence()) {
            assertThat(index(xhtml)).contains("<tr id=\"" + fmt.anchor(e.path()) + "\">", "sha256:" + e.sha256());
        }
        assertThat(index(xhtml)).doesNotContain("too many to list");

        ReportModel one = organisation(1);
        String small = PdfWriter.xhtml(one, TemplateSet.defaults());
        assertThat(small)
                .contains("<a class=\"mono\" href=\"#evc-s3_2ebuckets\">s3.buckets</a>: <span class=\"mono\">"
                        + "<a href=\"#ev-raw_2f000000000000_2fap-southeast-2_2fs3_2ebuckets_2ejson\">"
                        + "raw/000000000000/ap-southeast-2/s3.buckets.json</a>, ");
        assertEveryLinkLands(small);
    }

    /** Every in-document link of the evidence lists points at exactly one element. */
    private static void assertEveryLinkLands(String xhtml) {
        Matcher links = Pattern.compile("href=\"#(ev[c]?-[^\"]+)\"").matcher(xhtml);
        int found = 0;
        while (links.find()) {
            found++;
            assertThat(count(xhtml, "id=\"" + links.group(1) + "\""))
                    .as(links.group(1))
                    .isEqualTo(1);
        }
        assertThat(found).isPositive();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

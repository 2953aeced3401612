package dev.auditpack.secrets;

import static dev.auditpack.secrets.FakeSecrets.PASSWORD;
import static dev.auditpack.secrets.FakeSecrets.SECRET_KEY;
import static dev.auditpack.secrets.FakeSecrets.SESSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScannerTest {

    /** A scanning window, in characters; filler is ASCII, so also in bytes. */
    private static final int WINDOW = 1 << 20;

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void namesTheFileAndTheKindButKeepsNoSecret() throws IOException {
        Files.writeString(dir.resolve("clean.json"), "{ \"sha256\" : \"" + "ab".repeat(32) + "\" }");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(
                dir.resolve("sub/creds.ini"),
                "[default]\naws_secret_access_key = " + SECRET_KEY + "\naws_session_token = " + SESSION_TOKEN + "\n");
        List<SecretFinding> found = SecretScanner.patterns().scan(dir);
        assertThat(found)
                .containsExactly(
                        new SecretFinding("sub/creds.ini", SecretKind.AWS_SECRET_ACCESS_KEY),
                        new SecretFinding("sub/creds.ini", SecretKind.AWS_SESSION_TOKEN));
        assertThat(found.get(0).describe())
                .isEqualTo("sub/creds.ini: holds what looks like an AWS secret access key")
                .doesNotContain(SECRET_KEY);
        assertThat(SecretScanner.patterns().scan(dir.resolve("clean.json"))).isEmpty();
    }

    @Test
    void zipsAreScannedEntryByEntryAndZipsInsideThemToo() throws IOException {
        byte[] inner = zip(Map.of(
                "xl/sharedStrings.xml",
                utf8("<t>MasterUserPassword=" + PASSWORD + "</t>"),
                "xl/styles.xml",
                utf8("<styles/>")));
        Path outer = dir.resolve("pack.zip");
        Files.write(
                outer,
                zip(Map.of(
                        "README.txt",
                        utf8("hello"),
                        "evidence-pack.xlsx",
                        inner,
                        "evidence/raw/1/global/x.json",
                        utf8("{\"SecretAccessKey\":\"" + SECRET_KEY + "\"}"))));
        assertThat(SecretScanner.patterns().scan(outer))
                .containsExactly(
                        new SecretFinding("pack.zip!/evidence-pack.xlsx!/xl/sharedStrings.xml", SecretKind.PASSWORD),
                        new SecretFinding("pack.zip!/evidence/raw/1/global/x.json", SecretKind.AWS_SECRET_ACCESS_KEY));
    }

    /** A PDF with a session token in its page text, a secret key in its keywords and a password in a file. */
    private Path pdfWithSecrets() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                content.newLineAtOffset(20, 700);
                content.showText("Organisation: Acme " + SESSION_TOKEN.substring(0, 70));
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setKeywords("aws_secret_access_key=" + SECRET_KEY);
            doc.setDocumentInformation(info);
            PDEmbeddedFile file =
                    new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(utf8("DB_PASSWORD=" + PASSWORD)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("app.env");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            PDEmbeddedFilesNameTreeNode leaf = new PDEmbeddedFilesNameTreeNode();
            leaf.setNames(Map.of("app.env", spec));
            tree.setKids(List.of(leaf));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void pdfsAreScannedByTheirTextMetadataAndEmbeddedFiles() throws IOException {
        Path pdf = pdfWithSecrets();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1))
                .as("the text is compressed, not plain")
                .doesNotContain("IQoJb3JpZ2luX2Vj");
        assertThat(SecretScanner.patterns().scan(pdf))
                .containsExactlyInAnyOrder(
                        new SecretFinding("report.pdf", SecretKind.AWS_SESSION_TOKEN),
                        new SecretFinding("report.pdf", SecretKind.AWS_SECRET_ACCESS_KEY),
                        new SecretFinding("report.pdf!/app.env", SecretKind.PASSWORD));
    }

    @Test
    void contentMetTwiceIsFoundWhereverItIsAndContentOfTheSameSizeIsStillRead() throws IOException {
        String secret = "{\"SecretAccessKey\":\"" + SECRET_KEY + "\"}";
        String clean = secret.replace(SECRET_KEY, "x".repeat(SECRET_KEY.length()));
        assertThat(clean).hasSameSizeAs(secret);
        // A PDF holding the file compressed, as the pack's PDF holds its evidence, beside the same file as an entry.
        Path pdf = dir.resolve("evidence-pack.pdf");
        Path raw = dir.resolve("raw.json");
        Files.writeString(raw, secret);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            dev.auditpack.report.pdf.EvidenceAttachments.addTo(
                    doc,
                    List.of(new dev.auditpack.report.pdf.EvidenceAttachments.Attachment(
                            "evidence/raw/1/global/x.json",
                            raw,
                            dev.auditpack.report.pdf.EvidenceAttachments.Relationship.SOURCE,
                            "application/json",
                            "raw evidence",
                            java.time.Instant.EPOCH)));
            doc.save(pdf.toFile());
        }
        Path outer = dir.resolve("pack.zip");
        Files.write(
                outer,
                zip(Map.of(
                        "a-evidence-pack.pdf",
                        Files.readAllBytes(pdf),
                        "b/x.json",
                        utf8(secret),
                        "c/same-size-clean.json",
                        utf8(clean),
                        "d/x-again.json",
                        utf8(secret))));
        assertThat(SecretScanner.patterns().scan(outer))
                .containsExactly(
                        new SecretFinding(
                                "pack.zip!/a-evidence-pack.pdf!/evidence/raw/1/global/x.json",
                                SecretKind.AWS_SECRET_ACCESS_KEY),
                        new SecretFinding("pack.zip!/b/x.json", SecretKind.AWS_SECRET_ACCESS_KEY),
                        new SecretFinding("pack.zip!/d/x-again.json", SecretKind.AWS_SECRET_ACCESS_KEY));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfCannotBeScannedAndSaysSo() throws IOException {
        Files.writeString(dir.resolve("policy.pdf"), "%PDF-1.7 not really\npassword: " + PASSWORD + "\n");
        assertThat(SecretScanner.patterns().scan(dir.resolve("policy.pdf")))
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(SecretKind.UNREADABLE))
                .satisfies(f -> assertThat(f.describe())
                        .startsWith("policy.pdf: cannot be scanned (a PDF that cannot " + "be opened"));
    }

    /** Filler up to just before a window ends, then {@code text}, then more filler. */
    private Path straddling(String text, int before) throws IOException {
        Path file = dir.resolve("big.txt");
        String line = "lorem ipsum dolor 0123456789 sit amet\n";
        StringBuilder s = new StringBuilder();
        while (s.length() < WINDOW - before) {
            s.append(line);
        }
        s.setLength(WINDOW - before);
        s.append(text).append('\n');
        while (s.length() < 2 * WINDOW + 5000) {
            s.append(line);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8(s.toString()));
        }
        return file;
    }

    @Test
    void aSecretAcrossTheEdgeOfAWindowIsFoundOnce() throws IOException {
        for (int before : new int[] {1, 10, 30, 600, 1500, 3000}) {
            Path file = straddling("aws_secret_access_key = " + SECRET_KEY, before);
            assertThat(SecretScanner.patterns().scan(file))
                    .as("%d characters before the edge", before)
                    .containsExactly(new SecretFinding("big.txt", SecretKind.AWS_SECRET_ACCESS_KEY));
        }
    }

    @Test
    void aLongerValueCutByTheEdgeOfAWindowIsNotTakenForAKey() throws IOException {
        String longer = SECRET_KEY + "Zz9Yy8Xx7Ww6Vv5Uu4Tt3";
        for (int before : new int[] {47, 48, 49, 60}) {
            assertThat(SecretScanner.patterns().scan(straddling("secret: " + longer, before)))
                    .as("%d", before)
                    .isEmpty();
        }
    }

    @Test
    void canariesAreFoundAsTheyAre() throws IOException {
        Files.writeString(dir.resolve("users.json"), "{ \"UserName\" : \"alice\", \"note\" : \"Initial-Passw0rd!\" }");
        assertThat(new SecretScanner(List.of("Initial-Passw0rd!")).scan(dir))
                .containsExactly(new SecretFinding("users.json", SecretKind.CANARY));
        assertThat(new SecretScanner(List.of("Other-Passw0rd!")).scan(dir)).isEmpty();
        assertThatThrownBy(() -> new SecretScanner(List.of("short"))).isInstanceOf(IllegalArgumentException.class);
    }
}

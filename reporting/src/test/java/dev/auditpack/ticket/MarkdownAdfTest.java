package dev.auditpack.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Markdown a ticket summary is written with, as ADF; and how long a Retry-After asks to wait. */
class MarkdownAdfTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escapesGiveTheirCharacterAndCodeStandsAlone() throws Exception {
        JsonNode nodes = MarkdownAdf.inline("**Top** a\\_b \\| `x_y` and `` a`b `` \\u0001 **open");
        assertThat(nodes).isEqualTo(JSON.readTree("""
                        [ {"type":"text","text":"Top","marks":[{"type":"strong"}]},
                          {"type":"text","text":" a_b | "},
                          {"type":"text","text":"x_y","marks":[{"type":"code"}]},
                          {"type":"text","text":" and "},
                          {"type":"text","text":"a`b","marks":[{"type":"code"}]},
                          {"type":"text","text":" \\\\u0001 **open"} ]
                        """));
    }

    @Test
    void codeInsideStrongTextKeepsOnlyTheCodeMark() throws Exception {
        JsonNode nodes = MarkdownAdf.inline("**see `a.b` now**");
        assertThat(nodes).isEqualTo(JSON.readTree("""
                        [ {"type":"text","text":"see ","marks":[{"type":"strong"}]},
                          {"type":"text","text":"a.b","marks":[{"type":"code"}]},
                          {"type":"text","text":" now","marks":[{"type":"strong"}]} ]
                        """));
    }

    @Test
    void blocksBecomeHeadingsTablesListsCodeAndParagraphs() throws Exception {
        String markdown = """
                ## Title ##

                first line
                second line

                | A | B \\| C |
                |---|---:|
                | `x` |
                | 1 | 2 | 3 |

                - one
                  continued
                * two

                ```sh
                sha256sum -c SHA256SUMS
                ```
                """;
        JsonNode doc = MarkdownAdf.document(markdown);
        assertThat(doc.get("type").asText()).isEqualTo("doc");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        JsonNode content = doc.get("content");
        assertThat(content).hasSize(5);
        assertThat(content.get(0)).isEqualTo(JSON.readTree("""
                        {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Title"}]}"""));
        assertThat(content.get(1)).isEqualTo(JSON.readTree("""
                        {"type":"paragraph","content":[{"type":"text","text":"first line second line"}]}"""));
        JsonNode table = content.get(2);
        assertThat(table.get("type").asText()).isEqualTo("table");
        assertThat(table.get("content")).hasSize(3);
        assertThat(table.at("/content/0/content/1")).isEqualTo(JSON.readTree("""
                        {"type":"tableHeader","content":[{"type":"paragraph",
                          "content":[{"type":"text","text":"B | C"}]}]}"""));
        // A short row is filled with empty cells, a long one cut to the header's width.
        assertThat(table.at("/content/1/content")).hasSize(2);
        assertThat(table.at("/content/1/content/0/content/0/content/0/marks/0/type")
                        .asText())
                .isEqualTo("code");
        assertThat(table.at("/content/1/content/1/content/0/content")).isEmpty();
        assertThat(table.at("/content/2/content")).hasSize(2);
        assertThat(content.get(3)).isEqualTo(JSON.readTree("""
                        {"type":"bulletList","content":[
                          {"type":"listItem","content":[{"type":"paragraph",
                            "content":[{"type":"text","text":"one continued"}]}]},
                          {"type":"listItem","content":[{"type":"paragraph",
                            "content":[{"type":"text","text":"two"}]}]} ]}"""));
        assertThat(content.get(4)).isEqualTo(JSON.readTree("""
                        {"type":"codeBlock","attrs":{"language":"sh"},
                         "content":[{"type":"text","text":"sha256sum -c SHA256SUMS"}]}"""));
    }

    @Test
    void aPipeLineWithoutADelimiterRowIsAParagraph() {
        JsonNode doc = MarkdownAdf.document("| not | a table |\nplain\n");
        assertThat(doc.at("/content/0/type").asText()).isEqualTo("paragraph");
        assertThat(doc.at("/content/0/content/0/text").asText()).isEqualTo("| not | a table | plain");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2027-01-12T10:00:00Z");
        assertThat(RetryingHttp.retryAfter(Optional.of("7"), now)).contains(Duration.ofSeconds(7));
        assertThat(RetryingHttp.retryAfter(Optional.of("Tue, 12 Jan 2027 10:00:30 GMT"), now))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryingHttp.retryAfter(Optional.of("Tue, 12 Jan 2027 09:59:00 GMT"), now))
                .contains(Duration.ZERO);
        assertThat(RetryingHttp.retryAfter(Optional.of("soon"), now)).isEmpty();
        assertThat(RetryingHttp.retryAfter(Optional.empty(), now)).isEmpty();
    }
}

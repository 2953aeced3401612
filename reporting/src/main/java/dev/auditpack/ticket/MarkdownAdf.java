package dev.auditpack.ticket;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of a ticket summary as an Atlassian Document Format document ({@code doc}, version 1), for a Jira
 * comment. It reads what the summary is written with: ATX headings ({@code ### …}), pipe tables (the first row
 * a header, the second the delimiter row), bullet lists ({@code - …} or {@code * …}), fenced code blocks and
 * paragraphs; inline, {@code **strong**}, {@code `code`} and backslash escapes. Anything else stays as the text
 * it is, characters and all, so nothing is lost or guessed at.
 */
public final class MarkdownAdf {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern HEADING = Pattern.compile("(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern BULLET = Pattern.compile("[-*+][ \\t]+(.*)");
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownAdf() {}

    /** The document for {@code markdown}. */
    public static ObjectNode document(String markdown) {
        ObjectNode doc = JSON.objectNode();
        doc.put("type", "doc");
        doc.put("version", 1);
        ArrayNode content = doc.putArray("content");
        List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            Matcher heading = HEADING.matcher(trimmed);
            if (trimmed.isEmpty()) {
                i++;
            } else if (trimmed.startsWith("```")) {
                i = codeBlock(lines, i, content);
            } else if (heading.matches()) {
                ObjectNode node = block(content, "heading");
                node.putObject("attrs").put("level", heading.group(1).length());
                node.set("content", inline(heading.group(2)));
                i++;
            } else if (trimmed.startsWith("|")
                    && i + 1 < lines.size()
                    && DELIMITER_ROW.matcher(lines.get(i + 1).strip()).matches()) {
                i = table(lines, i, content);
            } else if (BULLET.matcher(trimmed).matches()) {
                i = bulletList(lines, i, content);
            } else {
                i = paragraph(lines, i, content);
            }
        }
        return doc;
    }

    private static ObjectNode block(ArrayNode parent, String type) {
        ObjectNode node = parent.addObject();
        node.put("type", type);
        return node;
    }

    private static int codeBlock(List<String> lines, int start, ArrayNode content) {
        String language = lines.get(start).strip().substring(3).strip();
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
            text.append(text.length() == 0 ? "" : "\n").append(lines.get(i));
            i++;
        }
        ObjectNode node = block(content, "codeBlock");
        if (!language.isEmpty()) {
            node.putObject("attrs").put("language", language);
        }
        ArrayNode inner = node.putArray("content");
        if (text.length() > 0) {
            inner.addObject().put("type", "text").put("text", text.toString());
        }
        return Math.min(i + 1, lines.size());
    }

    private static int table(List<String> lines, int start, ArrayNode content) {
        ObjectNode table = block(content, "table");
        ArrayNode rows = table.putArray("content");
        int columns = cells(lines.get(start)).size();
        int i = start;
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
            if (i == start + 1) { // the delimiter row
                i++;
                continue;
            }
            List<String> cells = cells(lines.get(i));
            ObjectNode row = block(rows, "tableRow");
            ArrayNode rowCells = row.putArray("content");
            for (int c = 0; c < columns; c++) {
                ObjectNode cell = block(rowCells, i == start ? "tableHeader" : "tableCell");
                ObjectNode paragraph = block(cell.putArray("content"), "paragraph");
                paragraph.set("content", inline(c < cells.size() ? cells.get(c) : ""));
            }
            i++;
        }
        return i;
    }

    /** A table row's cells, split at each pipe that is not escaped. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cell.append(c).append(s.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static int bulletList(List<String> lines, int start, ArrayNode content) {
        ArrayNode items = block(content, "bulletList").putArray("content");
        int i = start;
        while (i < lines.size()) {
            Matcher bullet = BULLET.matcher(lines.get(i).strip());
            if (!bullet.matches()) {
                break;
            }
            StringBuilder text = new StringBuilder(bullet.group(1));
            i++;
            // A following indented line that starts no item of its own continues this one.
            while (i < lines.size()
                    && !lines.get(i).isBlank()
                    && Character.isWhitespace(lines.get(i).charAt(0))
                    && !BULLET.matcher(lines.get(i).strip()).matches()) {
                text.append(' ').append(lines.get(i).strip());
                i++;
            }
            ObjectNode paragraph = block(block(items, "listItem").putArray("content"), "paragraph");
            paragraph.set("content", inline(text.toString()));
        }
        return i;
    }

    private static int paragraph(List<String> lines, int start, ArrayNode content) {
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i < lines.size()) {
            String s = lines.get(i).strip();
            if (s.isEmpty()
                    || (i > start
                            && (HEADING.matcher(s).matches()
                                    || s.startsWith("```")
                                    || s.startsWith("|")
                                    || BULLET.matcher(s).matches()))) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(s);
            i++;
        }
        block(content, "paragraph").set("content", inline(text.toString()));
        return i;
    }

    /**
     * Inline text as ADF text nodes: {@code **…**} gets a {@code strong} mark, {@code `…`} a {@code code} mark
     * (alone, since ADF allows no other mark with it), a backslash before punctuation gives the punctuation.
     */
    static ArrayNode inline(String text) {
        ArrayNode nodes = JSON.arrayNode();
        StringBuilder run = new StringBuilder();
        boolean strong = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int ticks = count(text, i, '`');
                String fence = "`".repeat(ticks);
                int end = text.indexOf(fence, i + ticks);
                if (end < 0) {
                    run.append(fence);
                    i += ticks;
                    continue;
                }
                flush(nodes, run, strong);
                String code = text.substring(i + ticks, end);
                if (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                    code = code.substring(1, code.length() - 1);
                }
                if (!code.isEmpty()) {
                    ObjectNode node = nodes.addObject().put("type", "text").put("text", code);
                    node.putArray("marks").addObject().put("type", "code");
                }
                i = end + ticks;
            } else if (text.startsWith("**", i) && (strong || text.indexOf("**", i + 2) > i + 2)) {
                flush(nodes, run, strong);
                strong = !strong;
                i += 2;
            } else {
                run.append(c);
                i++;
            }
        }
        flush(nodes, run, strong);
        return nodes;
    }

    private static int count(String text, int from, char c) {
        int n = 0;
        while (from + n < text.length() && text.charAt(from + n) == c) {
            n++;
        }
        return n;
    }

    private static void flush(ArrayNode nodes, StringBuilder run, boolean strong) {
        if (run.length() == 0) {
            return; // ADF allows no empty text node
        }
        ObjectNode node = nodes.addObject().put("type", "text").put("text", run.toString());
        if (strong) {
            node.putArray("marks").addObject().put("type", "strong");
        }
        run.setLength(0);
    }
}

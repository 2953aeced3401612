package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.ticket.TicketStub;
import dev.auditpack.ticket.TicketStub.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/** What {@link AttachCliTest} runs on: Jira's and ServiceNow's answers, the command with its own environment, ADF. */
final class AttachFixtures {

    static final String SYS_ID = "0123456789abcdef0123456789abcdef";

    private AttachFixtures() {}

    /** A folder holding copies of some of {@code pack}'s files, for a test that changes them. */
    static java.nio.file.Path copyOf(java.nio.file.Path pack, java.nio.file.Path folder, String... names)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        for (String name : names) {
            java.nio.file.Files.copy(pack.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    /** Jira as it answers, with a status given for the upload of some files. */
    static java.util.function.Function<TicketStub.Request, Reply> jiraAnswers(
            AtomicInteger ids, Map<String, Integer> failing) {
        return r -> {
            if (r.method().equals("GET")) {
                return Reply.of(200, "{\"key\":\"AUD-42\",\"fields\":{\"summary\":\"Q4 audit\"}}");
            }
            if (r.method().equals("POST") && r.path().endsWith("/attachments")) {
                TicketStub.Part part = r.onlyPart();
                String disposition = part.headers().get("Content-Disposition");
                String name = disposition.substring(disposition.indexOf("filename=\"") + 10, disposition.length() - 1);
                if (failing.containsKey(name)) {
                    return Reply.of(failing.get(name), "{\"errorMessages\":[\"no\"]}");
                }
                return Reply.of(
                        200,
                        "[{\"id\":\"" + ids.incrementAndGet() + "\",\"filename\":\"" + name + "\",\"size\":"
                                + part.bytes().length + "}]");
            }
            if (r.method().equals("POST") && r.path().endsWith("/comment")) {
                return Reply.of(201, "{\"id\":\"7\"}");
            }
            if (r.method().equals("DELETE")) {
                return Reply.of(204, "");
            }
            return Reply.of(400, "{\"errorMessages\":[\"unexpected\"]}");
        };
    }

    /** ServiceNow as it answers. */
    static java.util.function.Function<TicketStub.Request, Reply> serviceNowAnswers(
            AtomicInteger ids, Map<String, Integer> failing) {
        return r -> {
            if (r.method().equals("GET")) {
                return Reply.of(200, "{\"result\":{\"sys_id\":\"" + SYS_ID + "\"}}");
            }
            if (r.method().equals("POST") && r.path().equals("/api/now/attachment/file")) {
                String name = r.query().get("file_name");
                if (failing.containsKey(name)) {
                    return Reply.of(failing.get(name), "{\"error\":{\"message\":\"no\"}}");
                }
                return Reply.of(
                        201,
                        "{\"result\":{\"sys_id\":\"sn-att-" + ids.incrementAndGet() + "\",\"file_name\":\"" + name
                                + "\",\"size_bytes\":\"" + r.body().length + "\"}}");
            }
            if (r.method().equals("PATCH")) {
                return Reply.of(200, "{\"result\":{\"sys_id\":\"" + SYS_ID + "\"}}");
            }
            if (r.method().equals("DELETE")) {
                return Reply.of(204, "");
            }
            return Reply.of(400, "{}");
        };
    }

    /** The command line in-process, with {@code env} as the only environment variables attach sees. */
    static Cli run(Map<String, String> env, String... args) {
        Map<String, String> copy = new HashMap<>(env);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AttachCommand.class
                        ? cls.cast(new AttachCommand(copy::get))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                factory);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        walk(node, n -> {
            if (n.path("type").asText().equals("text")) {
                texts.add(n.get("text").asText());
            }
        });
        return texts;
    }

    static List<String> textsMarked(JsonNode node, String mark) {
        List<String> texts = new ArrayList<>();
        walk(node, n -> {
            if (n.path("type").asText().equals("text")) {
                n.path("marks").forEach(m -> {
                    if (m.get("type").asText().equals(mark)) {
                        texts.add(n.get("text").asText());
                    }
                });
            }
        });
        return texts;
    }

    static void assertEveryTextNodeIsNonEmpty(JsonNode doc) {
        walk(doc, n -> {
            if (n.path("type").asText().equals("text")) {
                assertThat(n.get("text").asText()).isNotEmpty();
                assertThat(n.path("marks").size())
                        .as("code goes with no other mark")
                        .isLessThanOrEqualTo(1);
            }
        });
    }

    static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        visit.accept(node);
        node.path("content").forEach(child -> walk(child, visit));
    }
}

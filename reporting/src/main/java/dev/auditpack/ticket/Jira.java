package dev.auditpack.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A Jira Cloud issue, through REST API v3: attachments as {@code multipart/form-data} with the part {@code file}
 * and {@code X-Atlassian-Token: no-check}, comments in Atlassian Document Format, basic authentication with an
 * e-mail address and an API token.
 */
public final class Jira implements TicketSystem {

    private final URI site;
    private final String issue;
    private final String email;
    private final String authorization;
    private final RetryingHttp http;

    /**
     * @param site  {@code https://SITE.atlassian.net}
     * @param issue the issue key, {@code ABC-123}
     */
    public Jira(URI site, String issue, String email, String token) {
        this(site, issue, email, token, new RetryingHttp());
    }

    Jira(URI site, String issue, String email, String token, RetryingHttp http) {
        this.site = site;
        this.issue = issue;
        this.email = email;
        this.authorization = HttpAnswers.basic(email, token);
        this.http = http;
    }

    @Override
    public String ticket() {
        return issue;
    }

    @Override
    public void check() {
        String what = "reading issue " + issue;
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(site, "/rest/api/3/issue/" + issue + "?fields=summary", authorization)
                        .GET()
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "see issue " + issue);
        }
    }

    @Override
    public String upload(TicketFile file) {
        String boundary = "auditpack-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.name() + "\"\r\n"
                        + "Content-Type: " + file.contentType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String what = "uploading " + file.name() + " to " + issue;
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(site, "/rest/api/3/issue/" + issue + "/attachments", authorization)
                        .header("X-Atlassian-Token", "no-check")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(HttpAnswers.UPLOAD_TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.concat(
                                HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpAnswers.fileBody(file),
                                HttpRequest.BodyPublishers.ofByteArray(tail)))
                        .build(),
                what);
        if (response.statusCode() == 413) {
            throw new TicketException(
                    file.name() + " (" + HttpAnswers.size(file.size()) + ") is larger than Jira accepts (413)");
        }
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "attach files to issue " + issue);
        }
        JsonNode answer = HttpAnswers.json(response, what);
        JsonNode attachment = answer.isArray() && answer.size() == 1 ? answer.get(0) : null;
        if (attachment == null || !attachment.hasNonNull("id")) {
            throw new TicketException(what + ": Jira's answer names no attachment");
        }
        String id = attachment.get("id").asText();
        long size = attachment.path("size").asLong(-1);
        if (size != file.size()) {
            throw new TicketException(
                    file.name() + " arrived on " + issue + " with " + size + " bytes, not " + file.size(), id);
        }
        return id;
    }

    @Override
    public void delete(String id) {
        String what = "removing attachment " + id + " from " + issue;
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(site, "/rest/api/3/attachment/" + HttpAnswers.encode(id), authorization)
                        .DELETE()
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "delete attachments on issue " + issue);
        }
    }

    @Override
    public String comment(String markdown) {
        ObjectNode body = HttpAnswers.JSON.createObjectNode();
        body.set("body", MarkdownAdf.document(markdown));
        String what = "commenting on " + issue;
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(site, "/rest/api/3/issue/" + issue + "/comment", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "comment on issue " + issue);
        }
        return "comment " + HttpAnswers.json(response, what).path("id").asText("?");
    }

    private TicketException refused(HttpResponse<String> response, String what, String action) {
        int status = response.statusCode();
        return switch (status) {
            case 401 ->
                new TicketException("Jira refused the token for " + email
                        + " (401); check AUDITPACK_JIRA_EMAIL and AUDITPACK_JIRA_TOKEN");
            case 403 -> new TicketException(email + " may not " + action + " (403)");
            case 404 ->
                new TicketException(
                        "issue " + issue + " not found on " + site + " (404), or " + email + " may not see it");
            default ->
                new TicketException(what + ": Jira answered " + status
                        + (status == 429 || status >= 500 ? " after " + RetryingHttp.ATTEMPTS + " attempts" : "")
                        + HttpAnswers.said(response));
        };
    }
}

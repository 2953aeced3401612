package dev.auditpack.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A ServiceNow record, through the Attachment API ({@code POST /api/now/attachment/file} with the file's bytes as
 * the body) and the Table API ({@code PATCH /api/now/table/{table}/{sys_id}} for the work note or comment), with
 * basic authentication.
 */
public final class ServiceNow implements TicketSystem {

    private final URI instance;
    private final String table;
    private final String sysId;
    private final String field;
    private final String user;
    private final String authorization;
    private final RetryingHttp http;

    /**
     * @param instance {@code https://INSTANCE.service-now.com}
     * @param field    the journal field the summary goes to: {@code work_notes} or {@code comments}
     */
    public ServiceNow(URI instance, String table, String sysId, String field, String user, String password) {
        this(instance, table, sysId, field, user, password, new RetryingHttp());
    }

    ServiceNow(
            URI instance, String table, String sysId, String field, String user, String password, RetryingHttp http) {
        this.instance = instance;
        this.table = table;
        this.sysId = sysId;
        this.field = field;
        this.user = user;
        this.authorization = HttpAnswers.basic(user, password);
        this.http = http;
    }

    @Override
    public String ticket() {
        return table + " " + sysId;
    }

    @Override
    public void check() {
        String what = "reading " + ticket();
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(instance, record() + "?sysparm_fields=sys_id", authorization)
                        .GET()
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "read " + ticket());
        }
    }

    @Override
    public String upload(TicketFile file) {
        String what = "uploading " + file.name() + " to " + ticket();
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(
                                instance,
                                "/api/now/attachment/file?table_name=" + HttpAnswers.encode(table)
                                        + "&table_sys_id=" + HttpAnswers.encode(sysId)
                                        + "&file_name=" + HttpAnswers.encode(file.name()),
                                authorization)
                        .header("Content-Type", file.contentType())
                        .timeout(HttpAnswers.UPLOAD_TIMEOUT)
                        .POST(HttpAnswers.fileBody(file))
                        .build(),
                what);
        if (response.statusCode() == 413) {
            throw new TicketException(
                    file.name() + " (" + HttpAnswers.size(file.size()) + ") is larger than ServiceNow accepts (413)");
        }
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "attach files to " + ticket());
        }
        JsonNode result = HttpAnswers.json(response, what).path("result");
        String id = result.path("sys_id").asText("");
        if (id.isEmpty()) {
            throw new TicketException(what + ": ServiceNow's answer names no attachment");
        }
        // ServiceNow gives the size as a string; a missing one is not taken for a short file.
        String size = result.path("size_bytes").asText("");
        if (!size.isEmpty() && !size.equals(Long.toString(file.size()))) {
            throw new TicketException(
                    file.name() + " arrived on " + ticket() + " with " + size + " bytes, not " + file.size(), id);
        }
        return id;
    }

    @Override
    public void delete(String id) {
        String what = "removing attachment " + id + " from " + ticket();
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(instance, "/api/now/attachment/" + HttpAnswers.encode(id), authorization)
                        .DELETE()
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "delete attachments of " + ticket());
        }
    }

    @Override
    public String comment(String markdown) {
        ObjectNode body = HttpAnswers.JSON.createObjectNode();
        body.put(field, markdown);
        String what = "adding " + field + " to " + ticket();
        HttpResponse<String> response = http.send(
                () -> HttpAnswers.request(instance, record(), authorization)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                what);
        if (!HttpAnswers.ok(response)) {
            throw refused(response, what, "update " + ticket());
        }
        return field.equals("work_notes") ? "work note" : "comment";
    }

    private String record() {
        return "/api/now/table/" + HttpAnswers.encode(table) + "/" + HttpAnswers.encode(sysId);
    }

    private TicketException refused(HttpResponse<String> response, String what, String action) {
        int status = response.statusCode();
        return switch (status) {
            case 401 ->
                new TicketException("ServiceNow refused the password for " + user
                        + " (401); check AUDITPACK_SERVICENOW_USER and AUDITPACK_SERVICENOW_PASSWORD");
            case 403 -> new TicketException(user + " may not " + action + " (403)");
            case 404 ->
                new TicketException(
                        "record " + ticket() + " not found on " + instance + " (404), or " + user + " may not see it");
            default ->
                new TicketException(what + ": ServiceNow answered " + status
                        + (status == 429 || status >= 500 ? " after " + RetryingHttp.ATTEMPTS + " attempts" : "")
                        + HttpAnswers.said(response));
        };
    }
}

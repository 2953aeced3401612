package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS Backup's {@code ListProtectedResources}, {@code ListBackupSelections}, {@code GetBackupSelection} and
 * {@code ListBackupJobs}, which moto lacks, speaking Backup's real wire protocol as the API reference (2018-11-15)
 * defines it: REST-JSON signed as {@code backup}, {@code GET /resources/},
 * {@code GET /backup/plans/{backupPlanId}/selections/}, {@code GET /backup/plans/{backupPlanId}/selections/{selectionId}}
 * and {@code GET /backup-jobs/} (with {@code createdAfter} and {@code createdBefore}, ISO 8601 timestamps in the
 * query string, the REST default; a job is listed when created at or after the one and before the other),
 * {@code maxResults} and
 * {@code nextToken} in the query string, timestamps as epoch-seconds numbers (the REST-JSON default), and
 * errors with the type in {@code x-amzn-ErrorType} and a {@code {"Code", "Message", "Type"}} body.
 *
 * <p>Backup plans themselves stay in moto ({@code CreateBackupPlan}, {@code ListBackupPlans},
 * {@code GetBackupPlan} go there). A selection belongs to a plan moto knows: the stub asks moto's
 * {@code GetBackupPlan} under the caller's credential headers and, like AWS, answers
 * {@code ResourceNotFoundException} for a plan that does not exist; a plan without seeded selections has
 * none. moto 5.2.1 has no {@code CreateBackupSelection}, so selections are seeded with {@link #selections}.
 */
public final class BackupStub implements Stub {

    /**
     * A resource with at least one recovery point, as {@code ListProtectedResources} lists it.
     *
     * @param resourceType e.g. {@code RDS}, {@code EBS}, {@code EC2}, {@code DynamoDB}, {@code EFS}, {@code S3}
     */
    public record ProtectedResource(
            String resourceArn,
            String resourceType,
            String resourceName,
            Instant lastBackupTime,
            String lastBackupVaultArn,
            String lastRecoveryPointArn) {
        public ProtectedResource {
            Objects.requireNonNull(resourceArn, "resourceArn");
            Objects.requireNonNull(resourceType, "resourceType");
            Objects.requireNonNull(lastBackupTime, "lastBackupTime");
        }
    }

    /**
     * A backup selection: the resources a plan backs up, by ARN ({@code resources}, minus
     * {@code notResources}) or by tag ({@code tags}, each a {@code STRINGEQUALS} condition).
     */
    public record Selection(
            String backupPlanId,
            String selectionId,
            String selectionName,
            String iamRoleArn,
            Instant creationDate,
            List<String> resources,
            List<String> notResources,
            Map<String, String> tags) {
        public Selection {
            Objects.requireNonNull(backupPlanId, "backupPlanId");
            Objects.requireNonNull(selectionId, "selectionId");
            Objects.requireNonNull(selectionName, "selectionName");
            Objects.requireNonNull(iamRoleArn, "iamRoleArn");
            Objects.requireNonNull(creationDate, "creationDate");
            resources = List.copyOf(resources);
            notResources = List.copyOf(notResources);
            tags = Map.copyOf(new TreeMap<>(tags));
        }

        /** A selection of resources by ARN. */
        public static Selection ofResources(
                String planId,
                String selectionId,
                String name,
                String roleArn,
                Instant created,
                String... resourceArns) {
            return new Selection(
                    planId, selectionId, name, roleArn, created, List.of(resourceArns), List.of(), Map.of());
        }
    }

    /** A backup job as {@code ListBackupJobs} lists it; {@code completionDate} and {@code statusMessage} may be null. */
    public record BackupJob(
            String backupJobId,
            String resourceArn,
            String resourceType,
            String state,
            Instant creationDate,
            Instant completionDate,
            String backupVaultName,
            String statusMessage) {
        public BackupJob {
            Objects.requireNonNull(backupJobId, "backupJobId");
            Objects.requireNonNull(resourceArn, "resourceArn");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(creationDate, "creationDate");
        }
    }

    private static final Pattern SELECTIONS = Pattern.compile("/backup/plans/([^/]+)/selections/?");
    private static final Pattern SELECTION = Pattern.compile("/backup/plans/([^/]+)/selections/([^/]+)/?");

    private final RegionalData<ProtectedResource> protectedResources = new RegionalData<>();
    private final RegionalData<Selection> selections = new RegionalData<>();
    private final RegionalData<BackupJob> jobs = new RegionalData<>();
    private final Upstream upstream;
    private final URI moto;
    private volatile int pageSize = 1000;
    private final java.util.Set<String> throttled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    BackupStub(Upstream upstream, URI moto) {
        this.upstream = upstream;
        this.moto = moto;
    }

    /** Sets the resources {@code ListProtectedResources} lists for this account and region. */
    public BackupStub protectedResources(String account, String region, List<ProtectedResource> resources) {
        protectedResources.put(account, region, resources);
        return this;
    }

    /** Sets the selections of this account's plans in this region; each names its plan. */
    public BackupStub selections(String account, String region, List<Selection> list) {
        selections.put(account, region, list);
        return this;
    }

    /** Sets the backup jobs of this account and region, as AWS Backup keeps them. */
    public BackupStub jobs(String account, String region, List<BackupJob> list) {
        jobs.put(account, region, list);
        return this;
    }

    /** Throttles every {@code ListBackupJobs} call in this region, retries or not. */
    public BackupStub throttleJobsIn(String region) {
        throttled.add(region);
        return this;
    }

    /** Items per page at most, whatever {@code maxResults} asks (AWS may return fewer than asked, too). */
    public BackupStub pageSize(int size) {
        pageSize = size;
        return this;
    }

    public void clear() {
        protectedResources.clear();
        selections.clear();
        jobs.clear();
        throttled.clear();
        pageSize = 1000;
    }

    @Override
    public boolean answers(GatewayRequest request) {
        if (!"backup".equals(request.service()) || !"GET".equals(request.method())) {
            return false;
        }
        String path = request.rawPath();
        return "/resources/".equals(path)
                || "/resources".equals(path)
                || "/backup-jobs/".equals(path)
                || "/backup-jobs".equals(path)
                || SELECTIONS.matcher(path).matches()
                || SELECTION.matcher(path).matches();
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        Map<String, String> query = request.query();
        int max;
        try {
            max = Integer.parseInt(query.getOrDefault("maxResults", "1000"));
        } catch (NumberFormatException e) {
            return error(400, "InvalidParameterValueException", "maxResults must be a number");
        }
        if (max < 1 || max > 1000) {
            return error(400, "InvalidParameterValueException", "maxResults must be between 1 and 1000");
        }
        try {
            Matcher one = SELECTION.matcher(request.rawPath());
            if (one.matches()) {
                return getBackupSelection(request, caller, decode(one.group(1)), decode(one.group(2)));
            }
            Matcher list = SELECTIONS.matcher(request.rawPath());
            if (list.matches()) {
                return listBackupSelections(request, caller, decode(list.group(1)), query.get("nextToken"), max);
            }
            if (request.rawPath().startsWith("/backup-jobs")) {
                if (throttled.contains(caller.region())) {
                    return WireProtocol.REST_JSON.throttling(request);
                }
                return listBackupJobs(caller, query, max);
            }
            return listProtectedResources(caller, query.get("nextToken"), max);
        } catch (Pages.InvalidToken e) {
            return error(400, "InvalidParameterValueException", "The next token is not valid");
        }
    }

    private GatewayResponse listProtectedResources(Caller caller, String token, int max) throws Pages.InvalidToken {
        Pages.Page<ProtectedResource> page = Pages.page(protectedResources.get(caller), token, Math.min(max, pageSize));
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode results = out.putArray("Results");
        for (ProtectedResource r : page.items()) {
            ObjectNode n = results.addObject();
            n.put("ResourceArn", r.resourceArn());
            n.put("ResourceType", r.resourceType());
            n.put("LastBackupTime", StubJson.epochSeconds(r.lastBackupTime()));
            putIfPresent(n, "ResourceName", r.resourceName());
            putIfPresent(n, "LastBackupVaultArn", r.lastBackupVaultArn());
            putIfPresent(n, "LastRecoveryPointArn", r.lastRecoveryPointArn());
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private GatewayResponse listBackupJobs(Caller caller, Map<String, String> query, int max)
            throws Pages.InvalidToken {
        Instant after;
        Instant before;
        try {
            after = query.containsKey("createdAfter") ? Instant.parse(query.get("createdAfter")) : Instant.MIN;
            before = query.containsKey("createdBefore") ? Instant.parse(query.get("createdBefore")) : Instant.MAX;
        } catch (java.time.format.DateTimeParseException e) {
            return error(400, "InvalidParameterValueException", "createdAfter and createdBefore must be timestamps");
        }
        List<BackupJob> inWindow = jobs.get(caller).stream()
                .filter(j ->
                        !j.creationDate().isBefore(after) && j.creationDate().isBefore(before))
                .toList();
        Pages.Page<BackupJob> page = Pages.page(inWindow, query.get("nextToken"), Math.min(max, pageSize));
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("BackupJobs");
        for (BackupJob j : page.items()) {
            ObjectNode n = list.addObject();
            n.put("AccountId", caller.account());
            n.put("BackupJobId", j.backupJobId());
            n.put("ResourceArn", j.resourceArn());
            putIfPresent(n, "ResourceType", j.resourceType());
            n.put("State", j.state());
            n.put("CreationDate", StubJson.epochSeconds(j.creationDate()));
            if (j.completionDate() != null) {
                n.put("CompletionDate", StubJson.epochSeconds(j.completionDate()));
            }
            putIfPresent(n, "BackupVaultName", j.backupVaultName());
            if (j.backupVaultName() != null) {
                n.put(
                        "BackupVaultArn",
                        "arn:aws:backup:" + caller.region() + ":" + caller.account() + ":backup-vault:"
                                + j.backupVaultName());
            }
            putIfPresent(n, "StatusMessage", j.statusMessage());
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private GatewayResponse listBackupSelections(
            GatewayRequest request, Caller caller, String planId, String token, int max)
            throws IOException, Pages.InvalidToken {
        if (!planExists(request, planId)) {
            return planNotFound(planId);
        }
        List<Selection> ofPlan = selections.get(caller).stream()
                .filter(s -> s.backupPlanId().equals(planId))
                .toList();
        Pages.Page<Selection> page = Pages.page(ofPlan, token, Math.min(max, pageSize));
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("BackupSelectionsList");
        for (Selection s : page.items()) {
            ObjectNode n = list.addObject();
            n.put("SelectionId", s.selectionId());
            n.put("SelectionName", s.selectionName());
            n.put("BackupPlanId", s.backupPlanId());
            n.put("CreationDate", StubJson.epochSeconds(s.creationDate()));
            n.put("IamRoleArn", s.iamRoleArn());
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private GatewayResponse getBackupSelection(GatewayRequest request, Caller caller, String planId, String selectionId)
            throws IOException {
        if (!planExists(request, planId)) {
            return planNotFound(planId);
        }
        Optional<Selection> found = selections.get(caller).stream()
                .filter(s -> s.backupPlanId().equals(planId) && s.selectionId().equals(selectionId))
                .findFirst();
        if (found.isEmpty()) {
            return error(400, "ResourceNotFoundException", "Selection " + selectionId + " not found in plan " + planId);
        }
        Selection s = found.get();
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ObjectNode selection = out.putObject("BackupSelection");
        selection.put("SelectionName", s.selectionName());
        selection.put("IamRoleArn", s.iamRoleArn());
        ArrayNode resources = selection.putArray("Resources");
        s.resources().forEach(resources::add);
        ArrayNode tags = selection.putArray("ListOfTags");
        s.tags()
                .forEach((key, value) -> tags.addObject()
                        .put("ConditionType", "STRINGEQUALS")
                        .put("ConditionKey", key)
                        .put("ConditionValue", value));
        ArrayNode notResources = selection.putArray("NotResources");
        s.notResources().forEach(notResources::add);
        ObjectNode conditions = selection.putObject("Conditions");
        for (String kind : List.of("StringEquals", "StringNotEquals", "StringLike", "StringNotLike")) {
            conditions.putArray(kind);
        }
        out.put("SelectionId", s.selectionId());
        out.put("BackupPlanId", s.backupPlanId());
        out.put("CreationDate", StubJson.epochSeconds(s.creationDate()));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    /** Asks moto's {@code GetBackupPlan} ({@code GET /backup/plans/{id}/}) under the caller's own credential headers. */
    private boolean planExists(GatewayRequest request, String planId) throws IOException {
        String path = "/backup/plans/"
                + URLEncoder.encode(planId, StandardCharsets.UTF_8).replace("+", "%20") + "/";
        return upstream.send(moto, request.getWithCallersCredentials(path)).status() == 200;
    }

    private static GatewayResponse planNotFound(String planId) {
        return error(400, "ResourceNotFoundException", "Failed reading Backup plan with provided version: " + planId);
    }

    private static GatewayResponse error(int status, String type, String message) {
        ObjectNode body = GatewayResponse.JSON
                .createObjectNode()
                .put("Code", type)
                .put("Message", message)
                .put("Type", "User");
        return GatewayResponse.json(status, "application/json", body, Map.of("x-amzn-ErrorType", type));
    }

    private static String decode(String pathSegment) {
        return URLDecoder.decode(pathSegment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }
}

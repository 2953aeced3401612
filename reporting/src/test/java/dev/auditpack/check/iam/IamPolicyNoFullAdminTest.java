package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import dev.auditpack.evidence.EvidenceJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamPolicyNoFullAdminTest {

    @TempDir
    Path dir;

    private static final String ADMIN =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"All\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    private static final String READ =
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}}";

    /** As IAM returns documents: URL-encoded. */
    private static String encoded(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    private static String statement(String effect, String action, String resource, String extra) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":" + action
                + ",\"Resource\":" + resource + extra + "}]}";
    }

    private final ObjectNode data = EvidenceJson.mapper().createObjectNode();

    IamPolicyNoFullAdminTest() {
        data.putArray("Policies");
        data.putArray("UserDetailList");
        data.putArray("GroupDetailList");
        data.putArray("RoleDetailList");
    }

    private void managed(String name, String defaultVersion, String... versions) {
        ObjectNode p = ((ArrayNode) data.get("Policies")).addObject();
        p.put("PolicyName", name)
                .put("Arn", "arn:aws:iam::111122223333:policy/" + name)
                .put("DefaultVersionId", defaultVersion);
        ArrayNode list = p.putArray("PolicyVersionList");
        for (int i = 0; i < versions.length; i++) {
            String id = "v" + (i + 1);
            list.addObject()
                    .put("VersionId", id)
                    .put("IsDefaultVersion", id.equals(defaultVersion))
                    .put("Document", versions[i]);
        }
    }

    private void inline(String list, String kind, String name, String policy, String document) {
        ObjectNode principal = ((ArrayNode) data.get(list)).addObject();
        String field = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        principal.put(field + "Name", name).put("Arn", "arn:aws:iam::111122223333:" + kind + "/" + name);
        principal
                .putArray(field + "PolicyList")
                .addObject()
                .put("PolicyName", policy)
                .put("PolicyDocument", document);
    }

    private List<Finding> findings() {
        return run(
                new IamPolicyNoFullAdmin(),
                new LockerFixture(dir)
                        .doc("iam.authorization_details", "global", data.toString())
                        .build());
    }

    @Test
    void judgesTheDefaultVersionOfEachCustomerManagedPolicy() {
        managed("Admin", "v2", encoded(READ), encoded(ADMIN));
        managed("WasAdmin", "v2", encoded(ADMIN), encoded(READ));
        managed("Decoded", "v1", READ);
        managed("ArrayAction", "v1", encoded(statement("Allow", "[\"s3:*\",\"*\"]", "[\"*\"]", "")));
        managed("ServiceStar", "v1", encoded(statement("Allow", "\"*:*\"", "\"*\"", "")));
        managed("OneBucket", "v1", encoded(statement("Allow", "\"*\"", "\"arn:aws:s3:::b/*\"", "")));
        managed("DenyAll", "v1", encoded(statement("Deny", "\"*\"", "\"*\"", "")));
        List<Finding> f = findings();
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:iam::111122223333:policy/Admin", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:policy/WasAdmin", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:policy/Decoded", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:policy/ArrayAction", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:policy/ServiceStar", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:policy/OneBucket", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:policy/DenyAll", CheckStatus.PASS));
        assertThat(f.get(0).reason())
                .isEqualTo("Managed policy Admin (v2) allows every action on every resource in statement All.");
        assertThat(f.get(3).reason()).contains("statement 1");
    }

    @Test
    void judgesInlinePoliciesOfUsersGroupsAndRoles() {
        inline("UserDetailList", "user", "alice", "everything", encoded(statement("Allow", "[\"*\"]", "\"*\"", "")));
        inline(
                "GroupDetailList",
                "group",
                "ops",
                "mfa-admin",
                encoded(statement(
                        "Allow",
                        "\"*\"",
                        "\"*\"",
                        ",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}")));
        inline("RoleDetailList", "role", "reader", "read", encoded(READ));
        List<Finding> f = findings();
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:iam::111122223333:user/alice#inline/everything", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:group/ops#inline/mfa-admin", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:role/reader#inline/read", CheckStatus.PASS));
        assertThat(f.get(0).reason()).startsWith("Inline policy everything of user alice allows every action");
        assertThat(f.get(1).reason()).contains("(under a condition)");
    }

    @Test
    void isAGapForADocumentThatCannotBeRead() {
        managed("Broken", "v1", "%7B%22Statement");
        managed("NoDefault", "v9", encoded(ADMIN));
        assertThat(findings())
                .extracting(Finding::status, Finding::reason)
                .containsExactly(
                        tuple(
                                CheckStatus.GAP,
                                "Managed policy Broken (v1) has no readable policy document in the evidence."),
                        tuple(
                                CheckStatus.GAP,
                                "Managed policy NoDefault (v9) has no readable policy document in the evidence."));
    }

    @Test
    void isAGapWhenAListIsMissingOrTheEvidenceFailed() {
        data.remove("RoleDetailList");
        inline("UserDetailList", "user", "alice", "read", encoded(READ));
        assertThat(findings()).extracting(Finding::status).containsExactly(CheckStatus.PASS, CheckStatus.GAP);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("iam.authorization_details", "global", "iam:GetAccountAuthorizationDetails", "AccessDenied")
                .build();
        assertThat(run(new IamPolicyNoFullAdmin(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void isNotApplicableWithoutCustomerOrInlinePolicies() {
        assertThat(findings()).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
    }
}

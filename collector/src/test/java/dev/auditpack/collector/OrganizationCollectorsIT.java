package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.organizations.OrganizationsStructureCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** The organization collector against moto: an account in no organization, then an organization with nested OUs. */
@ExtendWith(MotoServer.class)
class OrganizationCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();

    @BeforeEach
    void reset() {
        MOTO.reset();
    }

    private static EmulatorRun collect(Path dir) {
        // Two regions: the collector still runs once, in the calling account.
        return EmulatorRun.collect(MOTO, dir, List.of(new OrganizationsStructureCollector()), "eu-west-1", "us-east-1");
    }

    @Test
    void anAccountInNoOrganizationIsAbsentAndNothingElseIsAsked(@TempDir Path dir) {
        EmulatorRun run = collect(dir);
        assertThat(run.index().errors()).isEmpty();
        assertThat(run.index().evidence())
                .extracting(EvidenceEntry::path)
                .containsExactly("raw/123456789012/global/organizations.structure.json");
        EvidenceDocument doc = run.doc("organizations.structure", "global");
        OperationResult described = OperationResult.from(doc.data().get("DescribeOrganization"));
        assertThat(described.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(described.errorCode()).isEqualTo("AWSOrganizationsNotInUseException");
        assertThat(doc.data().size()).isEqualTo(1);
        assertThat(doc.operations()).containsExactly("organizations:DescribeOrganization");
        assertThat(run.calls()).containsExactly("Organizations:DescribeOrganization");
    }

    @Test
    void theTreeOfUnitsAndWhereEachAccountSits(@TempDir Path dir) {
        String root;
        String workloads;
        String prod;
        String security;
        String prodAccount;
        String auditAccount;
        String sandboxAccount;
        try (OrganizationsClient org = Emulated.client(OrganizationsClient.builder(), MOTO, "us-east-1")) {
            org.createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL));
            root = org.listRoots().roots().get(0).id();
            workloads = org.createOrganizationalUnit(r -> r.parentId(root).name("Workloads"))
                    .organizationalUnit()
                    .id();
            prod = org.createOrganizationalUnit(r -> r.parentId(workloads).name("Prod"))
                    .organizationalUnit()
                    .id();
            security = org.createOrganizationalUnit(r -> r.parentId(root).name("Security"))
                    .organizationalUnit()
                    .id();
            prodAccount = createAccount(org, "prod");
            auditAccount = createAccount(org, "audit");
            sandboxAccount = createAccount(org, "sandbox");
            move(org, prodAccount, root, prod);
            move(org, auditAccount, root, security);
        }

        EmulatorRun run = collect(dir);
        assertThat(run.index().errors()).isEmpty();
        JsonNode data = run.doc("organizations.structure", "global").data();

        JsonNode organization = OperationResult.from(data.get("DescribeOrganization"))
                .response()
                .get("Organization");
        assertThat(organization.get("FeatureSet").asText()).isEqualTo("ALL");
        assertThat(organization.get("MasterAccountId").asText()).isEqualTo(Emulated.ACCOUNT);

        assertThat(NetworkCollectorsIT.ids(data.get("Roots"), "Id")).containsExactly(root);

        JsonNode units = data.get("OrganizationalUnits");
        assertThat(NetworkCollectorsIT.ids(units, "Id"))
                .containsExactlyInAnyOrder(workloads, prod, security)
                .isSorted();
        Map<String, String> unitParents = new TreeMap<>();
        units.forEach(
                u -> unitParents.put(u.get("Name").asText(), u.get("ParentId").asText()));
        assertThat(unitParents)
                .containsExactlyInAnyOrderEntriesOf(Map.of("Workloads", root, "Prod", workloads, "Security", root));

        assertThat(NetworkCollectorsIT.ids(data.get("Accounts"), "Id"))
                .isSorted()
                .containsExactlyInAnyOrder(Emulated.ACCOUNT, prodAccount, auditAccount, sandboxAccount);
        assertThat(NetworkCollectorsIT.find(data.get("Accounts"), "Id", prodAccount)
                        .get("Name")
                        .asText())
                .isEqualTo("prod");

        Map<String, String> accountParents = new TreeMap<>();
        data.get("AccountParents")
                .fields()
                .forEachRemaining(
                        e -> accountParents.put(e.getKey(), e.getValue().asText()));
        assertThat(accountParents)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Emulated.ACCOUNT, root, sandboxAccount, root, prodAccount, prod, auditAccount, security));
    }

    private static String createAccount(OrganizationsClient org, String name) {
        return org.createAccount(r -> r.accountName(name).email(name + "@example.com"))
                .createAccountStatus()
                .accountId();
    }

    private static void move(OrganizationsClient org, String account, String from, String to) {
        org.moveAccount(r -> r.accountId(account).sourceParentId(from).destinationParentId(to));
    }
}

package dev.auditpack.collector.aws.organizations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.OrganizationsEvidence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * The AWS Organization the calling account belongs to: its feature set and management account, its roots,
 * the tree of organizational units, and every member account with the root or OU it sits in. Asked once,
 * of the account that started the run (the management or a delegated administrator account).
 *
 * <p>Shape: {@code data.DescribeOrganization}, the recorded result; ABSENT with
 * {@code AWSOrganizationsNotInUseException} when the account is in no organization, and then nothing
 * else is asked. Otherwise also {@code data.Roots[]} (ListRoots, sorted by {@code Id}),
 * {@code data.OrganizationalUnits[]} (each OU as ListOrganizationalUnitsForParent returned it plus the
 * {@code ParentId} it was listed under, found by walking down from every root, sorted by {@code Id}),
 * {@code data.Accounts[]} (ListAccounts, sorted by {@code Id}) and {@code data.AccountParents}, an
 * object from account id to the id of its root or OU (from ListAccountsForParent). A tree with a hole
 * would misplace accounts, so any listing that fails leaves no file, only the error.
 */
@AutoService(Collector.class)
public final class OrganizationsStructureCollector implements Collector {

    static final Operation DESCRIBE_ORGANIZATION =
            Operation.of("Organizations", OrganizationsEvidence.DESCRIBE_ORGANIZATION);
    static final Operation LIST_ROOTS = Operation.of("Organizations", OrganizationsEvidence.LIST_ROOTS);
    static final Operation LIST_OUS_FOR_PARENT =
            Operation.of("Organizations", OrganizationsEvidence.LIST_ORGANIZATIONAL_UNITS_FOR_PARENT);
    static final Operation LIST_ACCOUNTS_FOR_PARENT =
            Operation.of("Organizations", OrganizationsEvidence.LIST_ACCOUNTS_FOR_PARENT);

    /** The answer for an account that belongs to no organization. */
    static final String NOT_IN_USE = "AWSOrganizationsNotInUseException";

    @Override
    public String id() {
        return OrganizationsEvidence.STRUCTURE;
    }

    @Override
    public String description() {
        return "The AWS Organization: roots, organizational units and each member account's place in them.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ORGANIZATION;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_ORGANIZATION, LIST_ROOTS, LIST_OUS_FOR_PARENT, LIST_ACCOUNTS_FOR_PARENT);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        OrganizationsClient org = context.client(OrganizationsClient.class);
        var described = recorder.requireOrAbsent(DESCRIBE_ORGANIZATION, org::describeOrganization, NOT_IN_USE);
        EvidenceRecorder.put(recorder.data(), DESCRIBE_ORGANIZATION, described.result());
        if (described.value().isEmpty()) {
            return;
        }
        List<Root> roots = recorder.require(
                LIST_ROOTS,
                () -> org.listRootsPaginator(r -> {}).stream()
                        .flatMap(page -> page.roots().stream())
                        .sorted(Comparator.comparing(Root::id))
                        .toList());
        List<ObjectNode> units = new ArrayList<>();
        ObjectNode parents = recorder.data().objectNode();
        List<Account> accounts = new ArrayList<>();
        Deque<String> toVisit = new ArrayDeque<>(roots.stream().map(Root::id).toList());
        while (!toVisit.isEmpty()) {
            String parent = toVisit.removeFirst();
            for (OrganizationalUnit ou : recorder.require(LIST_OUS_FOR_PARENT, () -> unitsUnder(org, parent))) {
                ObjectNode node = (ObjectNode) SdkJson.toJson(ou);
                node.put("ParentId", parent);
                units.add(node);
                toVisit.addLast(ou.id());
            }
            // Every account sits under exactly one parent, so the walk meets them all: no ListAccounts needed.
            for (Account account : recorder.require(LIST_ACCOUNTS_FOR_PARENT, () -> accountsUnder(org, parent))) {
                parents.put(account.id(), parent);
                accounts.add(account);
            }
        }
        accounts.sort(Comparator.comparing(Account::id));
        recorder.data().set("Roots", SdkJson.toJson(roots));
        ArrayNode ous = recorder.data().putArray("OrganizationalUnits");
        units.stream().sorted(Comparator.comparing(n -> n.path("Id").asText())).forEach(ous::add);
        recorder.data().set("Accounts", SdkJson.toJson(accounts));
        recorder.data().set("AccountParents", parents);
    }

    private static List<OrganizationalUnit> unitsUnder(OrganizationsClient org, String parent) {
        return org.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parent)).stream()
                .flatMap(page -> page.organizationalUnits().stream())
                .toList();
    }

    private static List<Account> accountsUnder(OrganizationsClient org, String parent) {
        return org.listAccountsForParentPaginator(r -> r.parentId(parent)).stream()
                .flatMap(page -> page.accounts().stream())
                .toList();
    }
}

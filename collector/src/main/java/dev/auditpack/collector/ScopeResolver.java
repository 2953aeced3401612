package dev.auditpack.collector;

import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.CallerIdentity;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.Target;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountStatus;

/** Works out the accounts of a run and the regions of each account, as the user asked. */
final class ScopeResolver {

    static final Operation LIST_ACCOUNTS = Operation.of("Organizations", "ListAccounts");
    static final Operation DESCRIBE_REGIONS = Operation.of("Ec2", "DescribeRegions");

    private final AwsSettings settings;
    private final Clock clock;

    ScopeResolver(AwsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The accounts with their roles and regions. Accounts whose enabled regions cannot be listed are given
     * the caller's, and the failure is added to {@code errors}.
     */
    List<AccountPlan> resolve(
            ScopeRequest scope, CallerIdentity caller, AccountSessions sessions, List<CollectionError> errors) {
        String home = Partitions.globalRegion(settings.regions().get(0));
        List<String> ids;
        if (scope.organization()) {
            ids = organizationAccounts(sessions.caller().client(OrganizationsClient.class, home));
            if (ids.isEmpty()) {
                throw new CollectionRun.IdentityException(
                        "the organization lists no active accounts; run from the "
                                + "management account or a delegated administrator of an AWS Organization",
                        null);
            }
        } else if (!scope.accounts().isEmpty()) {
            ids = scope.accounts().stream().distinct().toList();
        } else {
            ids = List.of(caller.account());
        }
        String partition = Arn.partitionOf(home);
        List<AccountPlan> plans = new ArrayList<>();
        for (String id : ids) {
            Optional<String> role = id.equals(caller.account())
                    ? Optional.empty()
                    : Optional.of(Arn.global(partition, "iam", id, "role/" + scope.roleName()));
            plans.add(new AccountPlan(id, role, scope.allRegions() ? List.of() : scope.regions()));
        }
        if (!scope.allRegions()) {
            return plans;
        }
        List<String> callerRegions;
        try {
            callerRegions = enabledRegions(sessions.caller(), home);
        } catch (SdkException e) {
            throw new CollectionRun.IdentityException(
                    "cannot list the regions enabled in account " + caller.account() + " (" + AwsErrors.code(e)
                            + "); pass --regions instead",
                    e);
        }
        // Side by side, as the collection itself goes: each member account costs a role assumption and a call.
        Map<String, List<String>> regions = new ConcurrentHashMap<>();
        List<CollectionError> failed = Collections.synchronizedList(new ArrayList<>());
        try {
            new UnitScheduler<>(settings.concurrency(), 1, AccountPlan::account, plans).run(p -> {
                if (p.account().equals(caller.account())) {
                    regions.put(p.account(), callerRegions);
                    return;
                }
                try {
                    regions.put(p.account(), enabledRegions(sessions.of(p), home));
                } catch (SdkException e) {
                    regions.put(p.account(), callerRegions);
                    failed.add(new CollectionError(
                            "auditpack.scope",
                            p.account(),
                            Target.GLOBAL,
                            DESCRIBE_REGIONS.qualifiedName(),
                            DESCRIBE_REGIONS.iamAction(),
                            null,
                            AwsErrors.code(e),
                            AwsErrors.httpStatus(e),
                            "enabled regions unknown, so the caller's were used: " + AwsErrors.message(e),
                            AwsErrors.category(e),
                            clock.instant()));
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing the accounts' regions", e);
        }
        failed.stream().sorted(Comparator.comparing(CollectionError::account)).forEach(errors::add);
        return plans.stream()
                .map(p -> new AccountPlan(p.account(), p.roleArn(), regions.get(p.account())))
                .toList();
    }

    private static List<String> enabledRegions(AwsClients clients, String home) {
        return clients.client(Ec2Client.class, home).describeRegions(r -> r.allRegions(false)).regions().stream()
                .map(Region::regionName)
                .sorted()
                .toList();
    }

    static List<String> organizationAccounts(OrganizationsClient organizations) {
        try {
            return organizations.listAccountsPaginator(r -> {}).stream()
                    .flatMap(p -> p.accounts().stream())
                    .filter(a -> a.status() == AccountStatus.ACTIVE)
                    .map(Account::id)
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw new CollectionRun.IdentityException(
                    "cannot list the organization's accounts: " + AwsErrors.code(e) + ": " + AwsErrors.message(e)
                            + "; run from the management account or a delegated administrator",
                    e);
        }
    }
}

package dev.auditpack.collector;

import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AttachmentSink;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CallerIdentity;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Scope;
import dev.auditpack.evidence.Target;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * One collection: works out the accounts and regions, writes the plan, runs every collector for every
 * target in parallel (bounded overall and per account, region and service), and writes the locker's
 * index last. A collector that fails for one target is recorded as a collection error and the run goes on.
 */
public final class CollectionRun {

    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private final List<Collector> collectors;
    private final CollectionListener listener;
    private final Clock clock;
    private final String toolVersion;

    public CollectionRun(
            AwsSettings settings,
            AwsCredentialsProvider credentials,
            List<Collector> collectors,
            CollectionListener listener,
            Clock clock,
            String toolVersion) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.collectors = collectors.stream().filter(c -> c.enabled(settings)).toList();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Collects the caller's own account in the settings' regions. */
    public EvidenceIndex run(LockerWriter writer, AuditPeriod period) {
        return run(writer, period, ScopeRequest.single(settings.regions()));
    }

    /**
     * Collects the requested scope into {@code writer} and finishes the locker.
     *
     * @throws IdentityException when the credentials cannot say which account they belong to, or the
     *                           organization's accounts cannot be listed
     */
    public EvidenceIndex run(LockerWriter writer, AuditPeriod period, ScopeRequest scope) {
        return run(writer, period, scope, Optional.empty());
    }

    /**
     * As {@link #run(LockerWriter, AuditPeriod, ScopeRequest)}, for one shard of a plan when {@code shard} is given:
     * the index records the shard, and the once-per-run collectors run only in the shard that holds the plan's run
     * account.
     */
    public EvidenceIndex run(LockerWriter writer, AuditPeriod period, ScopeRequest scope, Optional<ShardScope> shard) {
        try (SdkHttpClient http = CompleteResponses.overUrlConnection();
                AwsClients base = new AwsClients(credentials, http, settings)) {
            CallerIdentity caller = identify(base);
            List<CollectionError> scopeErrors = new ArrayList<>();
            try (AccountSessions sessions = new AccountSessions(
                    base, caller.account(), http, settings, scope.externalId(), scope.sessionDuration())) {
                List<AccountPlan> accounts =
                        new ScopeResolver(settings, clock).resolve(scope, caller, sessions, scopeErrors);
                CollectionPlan plan = new CollectionPlan(
                        1,
                        UUID.randomUUID().toString(),
                        toolVersion,
                        period,
                        caller,
                        accounts,
                        scope.externalId(),
                        scope.sessionDuration(),
                        clock.instant(),
                        settings.artifactReportSeries(),
                        shard.map(s -> s.planAccounts().contains(caller.account())
                                ? caller.account()
                                : s.planAccounts().get(0)),
                        shard.map(ShardScope::link));
                writer.writePlan(plan);
                scopeErrors.forEach(writer::recordError);
                return execute(plan, writer, sessions);
            }
        }
    }

    /** Finishes an interrupted collection from its plan, collecting only what the locker lacks. */
    public EvidenceIndex resume(LockerWriter writer, CollectionPlan plan) {
        try (SdkHttpClient http = CompleteResponses.overUrlConnection();
                AwsClients base = new AwsClients(credentials, http, settings)) {
            CallerIdentity caller = identify(base);
            if (!caller.account().equals(plan.caller().account())) {
                throw new IdentityException(
                        "the credentials belong to account " + caller.account()
                                + ", but the interrupted collection was started from "
                                + plan.caller().account(),
                        null);
            }
            try (AccountSessions sessions = new AccountSessions(
                    base, caller.account(), http, settings, plan.externalId(), plan.sessionDuration())) {
                return execute(plan, writer, sessions);
            }
        }
    }

    private EvidenceIndex execute(CollectionPlan plan, LockerWriter writer, AccountSessions sessions) {
        List<Unit> units = new ArrayList<>();
        plan.shard().ifPresent(writer::shard);
        String runAccount = plan.runAccount().isPresent()
                ? plan.runAccount().get()
                : plan.accounts().stream()
                        .map(AccountPlan::account)
                        .filter(plan.caller().account()::equals)
                        .findFirst()
                        .orElse(
                                plan.accounts().isEmpty()
                                        ? plan.caller().account()
                                        : plan.accounts().get(0).account());
        for (AccountPlan account : plan.accounts()) {
            for (Collector c : collectors) {
                switch (c.scope()) {
                    case ACCOUNT -> units.add(new Unit(c, account, Target.GLOBAL));
                    case ORGANIZATION -> {
                        if (account.account().equals(plan.caller().account())) {
                            units.add(new Unit(c, account, Target.GLOBAL));
                        }
                    }
                    case RUN -> {
                        if (account.account().equals(runAccount)) {
                            units.add(new Unit(c, account, Target.GLOBAL));
                        }
                    }
                    case REGIONAL -> account.regions().forEach(r -> units.add(new Unit(c, account, r)));
                }
            }
        }
        units.removeIf(u -> writer.has(u.collector().id(), u.account().account(), u.region()));
        // Interleave accounts, regions and services so that free threads always find a unit with room.
        units.sort(Comparator.comparing(Unit::region)
                .thenComparing(u -> u.collector().id())
                .thenComparing(u -> u.account().account()));
        List<String> allRegions = plan.accounts().stream()
                .flatMap(a -> a.regions().stream())
                .distinct()
                .toList();
        listener.planned(plan.accounts().size(), allRegions.size(), units.size());

        try {
            // Accounts are probed side by side: one at a time, a hundred accounts would wait a minute here.
            Map<String, Optional<CollectionError>> reachable = new ConcurrentHashMap<>();
            new UnitScheduler<>(settings.concurrency(), 1, AccountPlan::account, plan.accounts())
                    .run(a -> reachable.put(a.account(), probe(a, sessions)));
            new UnitScheduler<>(settings.concurrency(), settings.perService(), Unit::throttlingScope, units)
                    .run(u -> runOne(
                            u, sessions, writer, reachable.get(u.account().account()), plan.period()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("collection interrupted; the locker has no index and can be resumed", e);
        }
        Map<String, List<String>> accountRegions = new LinkedHashMap<>();
        plan.accounts().forEach(a -> accountRegions.put(a.account(), a.regions()));
        boolean uniform = accountRegions.values().stream().distinct().count() <= 1;
        Scope scope = new Scope(
                plan.accounts().stream().map(AccountPlan::account).toList(),
                allRegions,
                uniform ? Map.of() : accountRegions);
        Map<String, CollectorEntry> terms = new LinkedHashMap<>();
        collectors.forEach(c -> terms.put(c.id(), c.entry()));
        return writer.finish(
                plan.runId(),
                toolVersion,
                plan.period(),
                scope,
                Optional.of(plan.caller()),
                plan.startedAt(),
                clock.instant(),
                terms);
    }

    /**
     * Checks that an account can be reached (its role can be assumed) before running its collectors. The probe is
     * retried like any call; only a refusal marks the account unreachable. A throttled, failed or cut-off answer
     * says nothing about the account, so its collectors then try for themselves and each records its own outcome.
     */
    private Optional<CollectionError> probe(AccountPlan account, AccountSessions sessions) {
        if (account.roleArn().isEmpty()) {
            return Optional.empty();
        }
        try {
            sessions.of(account)
                    .client(
                            StsClient.class,
                            Partitions.globalRegion(settings.regions().get(0)))
                    .getCallerIdentity();
            return Optional.empty();
        } catch (SdkException e) {
            if (AwsErrors.category(e) != ErrorCategory.ACCESS_DENIED) {
                return Optional.empty();
            }
            return Optional.of(new CollectionError(
                    "auditpack.scope",
                    account.account(),
                    Target.GLOBAL,
                    "sts:AssumeRole",
                    "sts:AssumeRole",
                    account.roleArn().get(),
                    AwsErrors.code(e),
                    AwsErrors.httpStatus(e),
                    AwsErrors.message(e),
                    AwsErrors.category(e),
                    clock.instant()));
        }
    }

    private CallerIdentity identify(AwsClients clients) {
        try {
            GetCallerIdentityResponse id =
                    clients.client(StsClient.class, settings.regions().get(0)).getCallerIdentity();
            return new CallerIdentity(id.account(), id.arn(), id.userId());
        } catch (SdkException e) {
            throw new IdentityException(
                    "cannot identify the AWS account from the credentials: " + AwsErrors.code(e) + ": "
                            + AwsErrors.message(e),
                    e);
        }
    }

    private void runOne(
            Unit unit,
            AccountSessions sessions,
            LockerWriter writer,
            Optional<CollectionError> unreachable,
            AuditPeriod period) {
        Collector collector = unit.collector();
        Target target = new Target(unit.account().account(), unit.region());
        if (unreachable.isPresent()) {
            CollectionError cause = unreachable.get();
            CollectionError error = new CollectionError(
                    collector.id(),
                    target.account(),
                    target.region(),
                    cause.operation(),
                    cause.iamAction(),
                    cause.resource(),
                    cause.errorCode(),
                    cause.httpStatus(),
                    "account not reachable: " + cause.message(),
                    cause.category(),
                    cause.occurredAt());
            writer.recordError(error);
            listener.failed(collector, target, error);
            return;
        }
        EvidenceRecorder recorder = new EvidenceRecorder(collector.id(), target, clock);
        CollectionContext.Attachments attachments = new CollectionContext.Attachments() {
            @Override
            public AttachmentEntry store(
                    String name, String mediaType, String title, boolean confidential, byte[] content)
                    throws IOException {
                return writer.attach(
                        collector.id(),
                        target.account(),
                        target.region(),
                        name,
                        mediaType,
                        title,
                        confidential,
                        content);
            }

            @Override
            public AttachmentSink open(String name, String mediaType, String title, boolean confidential)
                    throws IOException {
                return writer.openAttachment(
                        collector.id(), target.account(), target.region(), name, mediaType, title, confidential);
            }
        };
        try {
            collector.collect(
                    new CollectionContext(target, sessions.of(unit.account()), settings, clock, attachments, period),
                    recorder);
            var doc = recorder.finish();
            writer.write(doc);
            listener.finished(collector, target, doc.errors().size());
        } catch (CallFailedException e) {
            writer.discardAttachments(collector.id(), target.account(), target.region());
            writer.recordError(e.error());
            listener.failed(collector, target, e.error());
        } catch (RuntimeException e) {
            // A bug or an unexpected answer must not sink the run, and must not pass for "not configured".
            writer.discardAttachments(collector.id(), target.account(), target.region());
            CollectionError error = new CollectionError(
                    collector.id(),
                    target.account(),
                    target.region(),
                    collector.service() + ":*",
                    null,
                    null,
                    e.getClass().getSimpleName(),
                    null,
                    String.valueOf(e.getMessage()),
                    ErrorCategory.OTHER,
                    clock.instant());
            writer.recordError(error);
            listener.failed(collector, target, error);
        }
    }

    /** One collector for one account and region. */
    private record Unit(Collector collector, AccountPlan account, String region) {
        String throttlingScope() {
            return account.account() + "|" + region + "|" + collector.service();
        }
    }

    /** The credentials could not be used at all. */
    public static final class IdentityException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public IdentityException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

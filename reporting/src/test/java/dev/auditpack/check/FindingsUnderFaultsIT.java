package dev.auditpack.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.CollectionRun;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.ScopeRequest;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The same accounts collected over a clean network and over one that fails 10 %, 30 % and 60 % of the calls
 * (STS included) in every way the emulator gateway knows: every finding of a faulty run is the clean run's, or
 * GAP, never another decided status; and every fault that outlasts the retries is a collection error.
 */
@ExtendWith(MotoServer.class)
class FindingsUnderFaultsIT {

    private static final String MEMBER = "222222222222";
    private static final List<String> REGIONS = List.of("us-east-1");
    /** A seed whose faults reach STS at every rate (GetCallerIdentity), chosen once; the proxy is reproducible. */
    private static final long SEED = 4;

    private static final int ATTEMPTS = 3;
    private static final Fault[] KINDS = Fault.values();
    private static EmulatorGateway gateway;
    private static Map<String, CheckStatus> clean;

    @TempDir
    static Path dir;

    @BeforeAll
    static void collectClean() {
        MotoServer.get().reset();
        new Seed(MotoServer.get()).misconfigured();
        gateway = EmulatorGateway.overMoto();
        Run run = collect("clean", FaultPlan.none());
        clean = findings(run.locker).findings;
        System.out.println("FAULT TABLE clean: " + run.calls.calls.get() + " calls, "
                + run.index.errors().size()
                + " collection errors "
                + run.index.errors().stream()
                        .map(e -> e.operation() + " " + e.errorCode())
                        .toList()
                + ", " + clean.size() + " findings");
        assertThat(clean.values()).as("the clean run decides").contains(CheckStatus.PASS, CheckStatus.FAIL);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void tenPercent() {
        compare(0.10);
    }

    @Test
    void thirtyPercent() {
        compare(0.30);
    }

    @Test
    void sixtyPercent() {
        compare(0.60);
    }

    private static void compare(double rate) {
        Run run = collect(
                "faults-" + (int) (rate * 100),
                FaultPlan.reproducible(rate, SEED, KINDS).withDelay(Duration.ofMillis(100)));
        Evaluated faulty = findings(run.locker);
        int same = 0;
        int gap = 0;
        List<String> different = new ArrayList<>();
        for (var finding : clean.entrySet()) {
            CheckStatus now = faulty.findings.get(finding.getKey());
            if (now == finding.getValue()) {
                same++;
            } else if (now == CheckStatus.GAP || now == null && faulty.gapped(finding.getKey())) {
                gap++;
            } else {
                different.add(finding.getKey() + ": " + finding.getValue() + " became " + now);
            }
        }
        for (var finding : faulty.findings.entrySet()) {
            if (!clean.containsKey(finding.getKey()) && finding.getValue() != CheckStatus.GAP) {
                different.add(finding.getKey() + ": " + finding.getValue() + " is new");
            }
        }
        List<CollectionError> faultErrors = run.index.errors().stream()
                .filter(FindingsUnderFaultsIT::faultLike)
                .toList();
        String table = String.format(
                "| %d %% | %s | %d | %d | %d | %d | %d | %d |",
                (int) (rate * 100),
                run.faults,
                run.calls.retries(),
                run.index.errors().size(),
                faultErrors.size(),
                same,
                gap,
                different.size());
        System.out.println("FAULT TABLE " + table);

        assertThat(run.faults.values().stream().mapToLong(Long::longValue).sum())
                .as("faults injected")
                .isPositive();
        assertThat(run.faultedOperations.keySet()).as("STS was faulted too").anyMatch(k -> k.startsWith("sts:"));
        assertThat(different)
                .as("findings that changed to another decided status")
                .isEmpty();
        // A call that failed after its last retry for a reason the gateway injects is a collection error; the
        // account probe is the one call allowed to fail silently, as its account's collectors then try again.
        assertThat((long) faultErrors.size())
                .as("faults that outlasted the retries are collection errors")
                .isGreaterThanOrEqualTo(run.calls.faultFailures.get() - run.calls.failedIdentity.get());
    }

    /** An error a gateway fault causes: throttling, a server error, a broken or cut-off or malformed answer. */
    private static boolean faultLike(CollectionError e) {
        return e.category() == ErrorCategory.THROTTLED
                || e.category() == ErrorCategory.SERVICE_ERROR
                || e.category() == ErrorCategory.TIMEOUT
                || "MalformedResponse".equals(e.errorCode());
    }

    private static Run collect(String name, FaultPlan plan) {
        gateway.reset();
        gateway.faults(plan);
        Calls calls = new Calls();
        AwsSettings settings = Emulated.settings(gateway, REGIONS.toArray(String[]::new))
                .withRetries(ATTEMPTS)
                .withConcurrency(8)
                .withInterceptors(List.of(calls));
        ScopeRequest scope = new ScopeRequest(
                List.of(Emulated.ACCOUNT, MEMBER),
                false,
                "AuditpackReadOnly",
                Optional.empty(),
                REGIONS,
                false,
                Duration.ofHours(1));
        AwsSettings defaults = AwsSettings.defaults(REGIONS);
        List<Collector> collectors =
                Collector.all().stream().filter(c -> c.enabled(defaults)).toList();
        EvidenceIndex index = new CollectionRun(
                        settings,
                        Emulated.credentials(),
                        collectors,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir.resolve(name), false), AuditPeriod.parse("2026-Q4"), scope);
        Map<Fault, Long> faults = new EnumMap<>(Fault.class);
        gateway.faultsInjected().forEach((k, v) -> {
            if (v > 0) {
                faults.put(k, v);
            }
        });
        gateway.faults(FaultPlan.none());
        return new Run(dir.resolve(name), index, faults, gateway.faultsByOperation(), calls);
    }

    private static Evaluated findings(Path lockerDir) {
        EvidenceSet evidence = EvidenceSet.of(Locker.open(lockerDir));
        Map<String, CheckStatus> findings = new HashMap<>();
        Set<String> gaps = new java.util.HashSet<>();
        for (String account : evidence.accounts()) {
            EvidenceSet view = evidence.forAccount(account);
            for (Check check : Check.all()) {
                check.evaluate(view, f -> {
                    findings.put(f.checkId() + "|" + f.account() + "|" + f.region() + "|" + f.resource(), f.status());
                    if (f.status() == CheckStatus.GAP) {
                        gaps.add(f.checkId() + "|" + f.account());
                    }
                });
            }
        }
        return new Evaluated(findings, gaps);
    }

    private record Run(
            Path locker,
            EvidenceIndex index,
            Map<Fault, Long> faults,
            Map<String, Long> faultedOperations,
            Calls calls) {}

    /** Findings by check, account, region and resource; and the checks that had a GAP in an account. */
    private record Evaluated(Map<String, CheckStatus> findings, Set<String> gaps) {
        boolean gapped(String key) {
            String[] parts = key.split("\\|", -1);
            return gaps.contains(parts[0] + "|" + parts[1]);
        }
    }

    /** Counts calls and attempts, and the calls that failed after their last attempt for a reason a fault causes. */
    private static final class Calls implements ExecutionInterceptor {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong faultFailures = new AtomicLong();
        final AtomicLong failedIdentity = new AtomicLong();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.incrementAndGet();
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            attempts.incrementAndGet();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            String service =
                    attributes.getAttribute(software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.SERVICE_NAME);
            String operation = attributes.getAttribute(
                    software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME);
            Throwable e = context.exception();
            if (e instanceof software.amazon.awssdk.core.exception.SdkException sdk) {
                ErrorCategory category = dev.auditpack.collector.AwsErrors.category(sdk);
                String code = dev.auditpack.collector.AwsErrors.code(sdk);
                boolean fault = category == ErrorCategory.THROTTLED
                        || category == ErrorCategory.SERVICE_ERROR
                        || category == ErrorCategory.TIMEOUT
                        || "MalformedResponse".equals(code);
                // AssumeRole fails inside the call whose credentials it was getting, which counts it
                if (fault && !"AssumeRole".equals(operation)) {
                    faultFailures.incrementAndGet();
                    if ("Sts".equals(service) && "GetCallerIdentity".equals(operation)) {
                        failedIdentity.incrementAndGet();
                    }
                }
            }
        }

        long retries() {
            return attempts.get() - calls.get();
        }
    }
}

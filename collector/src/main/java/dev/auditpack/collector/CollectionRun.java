package dev.auditpack.collector;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CallerIdentity;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Scope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * One collection: finds out which account the credentials belong to, runs every collector for every
 * target in parallel, and writes the locker's index last. A collector that fails for one target is
 * recorded as a collection error and the run goes on.
 */
public final class CollectionRun {

    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private final List<Collector> collectors;
    private final CollectionListener listener;
    private final Clock clock;
    private final String toolVersion;

    public CollectionRun(AwsSettings settings, AwsCredentialsProvider credentials, List<Collector> collectors,
                         CollectionListener listener, Clock clock, String toolVersion) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.collectors = List.copyOf(collectors);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * Collects into {@code writer} and finishes the locker.
     *
     * @throws IdentityException when the credentials cannot even say which account they belong to
     */
    public EvidenceIndex run(LockerWriter writer, AuditPeriod period) {
        Instant started = clock.instant();
        try (SdkHttpClient http = UrlConnectionHttpClient.builder().build();
             AwsClients clients = new AwsClients(credentials, http, settings)) {
            CallerIdentity caller = identify(clients);
            String account = caller.account();
            List<Target> targets = new ArrayList<>();
            List<Collector> order = new ArrayList<>();
            for (Collector c : collectors) {
                if (c.scope() != CollectorScope.REGIONAL) {
                    targets.add(new Target(account, Target.GLOBAL));
                    order.add(c);
                } else {
                    for (String region : settings.regions()) {
                        targets.add(new Target(account, region));
                        order.add(c);
                    }
                }
            }
            listener.planned(1, settings.regions().size(), targets.size());
            ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
                Thread t = new Thread(r, "collector");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    Collector c = order.get(i);
                    Target t = targets.get(i);
                    futures.add(pool.submit(() -> runOne(c, t, clients, writer)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("collection interrupted; the locker has no index and is incomplete", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("collector crashed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            Scope scope = new Scope(List.of(account), settings.regions());
            return writer.finish(UUID.randomUUID().toString(), toolVersion, period, scope, Optional.of(caller),
                    started, clock.instant());
        }
    }

    private CallerIdentity identify(AwsClients clients) {
        try {
            GetCallerIdentityResponse id = clients.client(StsClient.class, settings.regions().get(0)).getCallerIdentity();
            return new CallerIdentity(id.account(), id.arn(), id.userId());
        } catch (SdkException e) {
            throw new IdentityException("cannot identify the AWS account from the credentials: "
                    + AwsErrors.code(e) + ": " + AwsErrors.message(e), e);
        }
    }

    private void runOne(Collector collector, Target target, AwsClients clients, LockerWriter writer) {
        EvidenceRecorder recorder = new EvidenceRecorder(collector.id(), target, clock);
        try {
            collector.collect(new CollectionContext(target, clients, settings, clock), recorder);
            var doc = recorder.finish();
            writer.write(doc);
            listener.finished(collector, target, doc.errors().size());
        } catch (CallFailedException e) {
            writer.recordError(e.error());
            listener.failed(collector, target, e.error());
        } catch (RuntimeException e) {
            // A bug or an unexpected answer must not sink the run, and must not pass for "not configured".
            CollectionError error = new CollectionError(collector.id(), target.account(), target.region(),
                    collector.service() + ":*", null, null, e.getClass().getSimpleName(), null,
                    String.valueOf(e.getMessage()), ErrorCategory.OTHER, clock.instant());
            writer.recordError(error);
            listener.failed(collector, target, error);
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

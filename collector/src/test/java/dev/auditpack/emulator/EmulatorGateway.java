package dev.auditpack.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One local endpoint for all of AWS: it forwards every request to moto unchanged, answers itself the
 * operations moto lacks (SSM instance and patch state, Config rule compliance, Security Hub enabled standards,
 * Access Analyzer analyzers, AWS Backup protected resources and selections, the EBS default KMS key, CloudTrail
 * LookupEvents) in each
 * API's real wire protocol, can send a service elsewhere (e.g. Artifact to
 * an {@link ArtifactStub}), and can add latency and inject faults (service errors, dropped connections, late
 * answers, answers cut short on the wire), counting what it did.
 *
 * <p>Point an SDK client at {@link #endpoint()} with {@code endpointOverride} (S3 with
 * {@code forcePathStyle(true)}), or auditpack at it with {@code --endpoint-url}. The service is read from
 * the SigV4 credential scope, the operation from {@code X-Amz-Target}, the {@code Action} parameter, or the
 * method and path.
 */
public final class EmulatorGateway implements AutoCloseable {

    /** Handler threads: enough for hundreds of concurrent calls, each of which may sleep for the delay. */
    public static final int DEFAULT_THREADS = 256;

    private final URI moto;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Upstream upstream = new Upstream();
    private final AccountResolver accounts;
    private final FaultInjector faults = new FaultInjector();
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final Map<String, URI> routes = new ConcurrentHashMap<>();
    private final SsmStub ssm = new SsmStub();
    private final ConfigComplianceStub config = new ConfigComplianceStub();
    private final SecurityHubStub securityHub;
    private final AccessAnalyzerStub accessAnalyzer = new AccessAnalyzerStub();
    private final BackupStub backup;
    private final GuardDutyFindingsStub guardDuty;
    private final EbsDefaultKeyStub ebs = new EbsDefaultKeyStub();
    private final CloudFrontStub cloudFront;
    private final CloudTrailLookupStub cloudTrail = new CloudTrailLookupStub();
    private final List<Stub> stubs;
    private volatile Duration delay = Duration.ZERO;

    /** Starts a gateway in front of the moto server at {@code moto}, on 127.0.0.1 and a free port. */
    public EmulatorGateway(URI moto) {
        this(moto, DEFAULT_THREADS);
    }

    public EmulatorGateway(URI moto, int threads) {
        this.moto = Objects.requireNonNull(moto, "moto");
        this.accounts = new AccountResolver(upstream, moto);
        this.securityHub = new SecurityHubStub(upstream, moto);
        this.backup = new BackupStub(upstream, moto);
        this.guardDuty = new GuardDutyFindingsStub(upstream, moto);
        this.cloudFront = new CloudFrontStub(upstream, moto);
        this.stubs = List.of(ssm, config, securityHub, accessAnalyzer, backup, guardDuty, ebs, cloudFront, cloudTrail);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "emulator-gateway-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = LoopbackServer.start(this::handle, executor, 1024);
    }

    /** The gateway in front of the shared {@link MotoServer}. */
    public static EmulatorGateway overMoto() {
        return new EmulatorGateway(MotoServer.get().endpoint());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Sends every request for this signing name (e.g. {@code artifact}) to another server instead of moto. */
    public EmulatorGateway route(String service, URI upstreamEndpoint) {
        routes.put(service, upstreamEndpoint);
        return this;
    }

    /** Puts an Artifact stub behind the gateway, so the whole of AWS answers at one endpoint. */
    public EmulatorGateway attach(ArtifactStub artifact) {
        return route("artifact", artifact.endpoint());
    }

    /** Waits this long before answering each request, standing in for network latency. */
    public EmulatorGateway delay(Duration perRequest) {
        if (perRequest.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + perRequest);
        }
        delay = perRequest;
        return this;
    }

    /** Replaces the fault plan; {@link FaultPlan#none()} stops injecting. */
    public EmulatorGateway faults(FaultPlan plan) {
        faults.plan(plan);
        return this;
    }

    public SsmStub ssm() {
        return ssm;
    }

    public ConfigComplianceStub config() {
        return config;
    }

    public SecurityHubStub securityHub() {
        return securityHub;
    }

    public AccessAnalyzerStub accessAnalyzer() {
        return accessAnalyzer;
    }

    public BackupStub backup() {
        return backup;
    }

    public GuardDutyFindingsStub guardDuty() {
        return guardDuty;
    }

    public EbsDefaultKeyStub ebs() {
        return ebs;
    }

    public CloudFrontStub cloudFront() {
        return cloudFront;
    }

    public CloudTrailLookupStub cloudTrail() {
        return cloudTrail;
    }

    /** Which account each access key belongs to, for the stubs. */
    public AccountResolver accounts() {
        return accounts;
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    /** Requests handled. */
    public long calls() {
        return metrics.calls();
    }

    /** Summed handling time of all requests: delay plus upstream or stub time. */
    public Duration handlingTime() {
        return metrics.handlingTime();
    }

    /** Faults injected so far, by kind. */
    public Map<Fault, Long> faultsInjected() {
        return faults.injected();
    }

    /** Faults injected so far per {@code service:Operation}, e.g. {@code sts:AssumeRole}. */
    public Map<String, Long> faultsByOperation() {
        return faults.byOperation();
    }

    /** Clears seeded stub data, account mappings, counters, routes, delay and faults. */
    public void reset() {
        ssm.clear();
        config.clear();
        securityHub.clear();
        accessAnalyzer.clear();
        backup.clear();
        guardDuty.clear();
        ebs.clear();
        cloudFront.clear();
        cloudTrail.clear();
        accounts.clear();
        routes.clear();
        metrics.reset();
        faults.plan(FaultPlan.none());
        faults.resetCounts();
        delay = Duration.ZERO;
    }

    /** Counts the call before answering it, so a client that got its answer also sees it counted. */
    private void handle(HttpExchange ex) {
        long start = System.nanoTime();
        String key = "unknown";
        GatewayResponse response;
        Optional<Fault> fault = Optional.empty();
        try {
            GatewayRequest request = GatewayRequest.read(ex);
            key = request.key();
            sleep(delay);
            fault = faults.decide(request, () -> accounts.accountOf(request));
            if (fault.isPresent() && fault.get() == Fault.DROP) {
                faults.injected(Fault.DROP, key);
                metrics.record(key, System.nanoTime() - start);
                ex.close(); // before any response is sent, this closes the connection itself
                return;
            }
            if (fault.isPresent() && fault.get() == Fault.DELAY) {
                sleep(faults.delay());
            }
            response = fault.isPresent() && (fault.get() == Fault.THROTTLING || fault.get() == Fault.SERVER_ERROR)
                    ? injected(fault.get(), request)
                    : answer(request);
            if (fault.isPresent() && fault.get().damagesAnswer() && !response.canBeCut(request.method())) {
                fault = Optional.empty(); // nothing to cut: the answer has no body
            }
            String faulted = key;
            fault.ifPresent(f -> faults.injected(f, faulted));
        } catch (IOException | RuntimeException e) {
            // the gateway itself failed (e.g. upstream unreachable): answer 502 so the test sees why
            response = GatewayResponse.of(502, "text/plain", "emulator gateway: " + e, Map.of());
            fault = Optional.empty();
        }
        metrics.record(key, System.nanoTime() - start);
        if (fault.isPresent() && fault.get().damagesAnswer()) {
            try {
                response.writeDamaged(ex, fault.get());
            } catch (IOException e) {
                // the client went away first
            }
            if (fault.get() != Fault.SHORT_LENGTH) {
                // thrown out of the handler, so the server closes the connection without ending the message
                throw new ConnectionCutException();
            }
            ex.close();
            return;
        }
        try (ex) {
            response.writeTo(ex);
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing is left to do but close the exchange
        }
    }

    /** Breaks off a response the gateway cut short on purpose. */
    private static final class ConnectionCutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionCutException() {
            super("response cut off on purpose", null, false, false);
        }
    }

    private GatewayResponse answer(GatewayRequest request) throws IOException {
        for (Stub stub : stubs) {
            if (stub.answers(request)) {
                return stub.answer(request, new Caller(accounts.accountOf(request), request.region()));
            }
        }
        GatewayResponse response = upstream.send(routes.getOrDefault(request.service(), moto), request);
        accounts.observe(request, response);
        return response;
    }

    private GatewayResponse injected(Fault fault, GatewayRequest request) {
        return fault == Fault.THROTTLING
                ? request.protocol().throttling(request)
                : request.protocol().serverError(request, faults.serverErrorStatus());
    }

    private static void sleep(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package dev.auditpack.cli;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.input.InputException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: the settings of {@code auditpack.yaml}, each applied where its flag was not given, so flags
 * win over the file. Flags that go together replace their whole group: {@code --accounts} or {@code --organization}
 * the file's choice of accounts, any signing flag the signing section, {@code --out} or {@code --series} of
 * {@code collect} where the file sends the evidence.
 */
final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "auditpack.yaml: scope, period, collection, report, branding, signing and output settings "
                    + "in one file (see docs/configuration.md). Flags win over it. A branding file of the old form "
                    + "(docs/branding.md) still works.")
    Path config;

    /** The file, read and checked; {@link ConfigFile#none()} without {@code --config}. */
    ConfigFile load(CommandLine.Model.CommandSpec spec) {
        if (config == null) {
            return ConfigFile.none();
        }
        ConfigFile file = ConfigFile.read(config);
        if (!file.oldForm().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("auditpack: " + config + ": a branding file of the old form; it still works, but its keys ("
                    + String.join(", ", file.oldForm()) + ") now go under 'branding:' (see docs/configuration.md)");
        }
        return file;
    }

    /** Sets what the file gives and the command line does not, for commands that collect. */
    static void collect(CommandLine.Model.CommandSpec spec, ConfigFile file, CollectSettings s) {
        ConfigFile.Content c = file.content();
        var scope = c.scope();
        if (scope != null) {
            if (!given(spec, "--accounts", "--organization")) {
                set(spec, "--accounts", scope.accounts(), v -> s.accounts = new ArrayList<>(v));
                set(spec, "--organization", scope.organization(), v -> s.organization = v);
            }
            set(spec, "--regions", scope.regions(), v -> s.regions = new ArrayList<>(v));
            set(spec, "--role-name", scope.roleName(), v -> s.roleName = v);
            set(spec, "--external-id", scope.externalId(), v -> s.externalId = v);
            set(spec, "--profile", scope.profile(), v -> s.profile = v);
        }
        set(spec, "--period", c.period(), v -> s.period = AuditPeriod.parse(v));
        var k = c.collection();
        if (k != null) {
            set(spec, "--concurrency", k.concurrency(), v -> s.concurrency = v);
            set(spec, "--per-service", k.perService(), v -> s.perService = v);
            set(spec, "--max-attempts", k.maxAttempts(), v -> s.maxAttempts = v);
            set(
                    spec,
                    "--download-artifact-reports",
                    k.artifactReports(),
                    v -> s.downloadArtifactReports = v.isEmpty() ? null : String.join(",", v));
            set(spec, "--cloudtrail-events", k.cloudTrailEvents(), v -> s.cloudTrailEvents = v);
            set(spec, "--trail-bucket", k.trailBucket(), v -> s.trailBucket = v);
            set(spec, "--endpoint-url", k.endpointUrl(), v -> s.endpoint = URI.create(v));
            set(spec, "--endpoint", k.endpoints(), v -> {
                Map<String, URI> m = new LinkedHashMap<>();
                v.forEach((service, url) -> m.put(service, URI.create(url)));
                s.serviceEndpoints = m;
            });
        }
    }

    /** Sets what the file gives and the command line does not, for commands that write a pack. */
    static void report(CommandLine.Model.CommandSpec spec, ConfigFile file, ReportSettings s) {
        s.brandingFile = file.branding();
        ConfigFile.Content c = file.content();
        Function<String, Path> path = file::resolve;
        var r = c.report();
        if (r != null) {
            set(spec, "--frameworks", r.frameworks(), v -> s.frameworks = path.apply(v));
            set(spec, "--templates", r.templates(), v -> s.templates = path.apply(v));
            set(spec, "--soc2-type", r.soc2Type(), v -> s.soc2Type = v);
            set(spec, "--soc2-categories", r.soc2Categories(), v -> s.soc2Categories = String.join(",", v));
            set(spec, "--no-premises", r.noPremises(), v -> s.noPremises = v);
            set(spec, "--scope", r.scope(), v -> s.scope = path.apply(v));
            set(spec, "--owners", r.owners(), v -> s.owners = path.apply(v));
            set(spec, "--assertion", r.assertion(), v -> s.assertion = path.apply(v));
            set(spec, "--manual", r.manual(), v -> s.manual = path.apply(v));
            set(spec, "--exceptions", r.exceptions(), v -> s.exceptions = path.apply(v));
            set(spec, "--overrides", r.overrides(), v -> s.overrides = path.apply(v));
            set(spec, "--risks", r.risks(), v -> s.risks = path.apply(v));
            set(spec, "--cuecs", r.cuecs(), v -> s.cuecs = path.apply(v));
            set(spec, "--preparer", r.preparer(), v -> s.preparer = v);
            set(spec, "--findings-per-check", r.findingsPerCheck(), v -> s.findingsPerCheck = v);
            set(spec, "--sample-seed", r.sampleSeed(), v -> s.sampleSeed = v);
        }
        if (c.output() != null) {
            set(spec, "--redact", c.output().redact(), v -> s.redact = v);
        }
        set(spec, "--fail-on", failOn(c), v -> s.failOn = v);
    }

    /** The signing section, unless any signing flag was given. */
    static void signing(CommandLine.Model.CommandSpec spec, ConfigFile file, SigningSettings s) {
        var g = file.content().signing();
        if (g == null
                || given(
                        spec,
                        "--sign-key",
                        "--sign-cert",
                        "--sign-key-password-env",
                        "--keystore",
                        "--keystore-password-env")) {
            return;
        }
        s.key = g.key() == null ? null : file.resolve(g.key());
        s.cert = g.cert() == null ? null : file.resolve(g.cert());
        s.keyPasswordEnv = g.keyPasswordEnv();
        s.keystore = g.keystore() == null ? null : file.resolve(g.keystore());
        s.keystorePasswordEnv = g.keystorePasswordEnv();
    }

    /** {@code failOn} as values, or null when the file has none. */
    static List<FailOn> failOn(ConfigFile.Content c) {
        if (c.failOn() == null) {
            return null;
        }
        FailOn.Converter convert = new FailOn.Converter();
        return new ArrayList<>(c.failOn().stream().map(convert::convert).toList());
    }

    /** {@code output.dir}, relative to the file, when {@code --out} was not given. */
    static Path out(CommandLine.Model.CommandSpec spec, ConfigFile file, Path flag) {
        var o = file.content().output();
        if (given(spec, "--out") || o == null || o.dir() == null) {
            return flag;
        }
        return file.resolve(o.dir());
    }

    /**
     * The evidence the file names, when the command line names none: {@code output.evidence}, else (with {@code
     * series}) {@code collection.series}, else {@code evidence/} in {@code output.dir}; null when it names none.
     */
    static Path evidence(ConfigFile file, boolean series) {
        var o = file.content().output();
        var k = file.content().collection();
        if (o != null && o.evidence() != null) {
            return file.resolve(o.evidence());
        }
        if (series && k != null && k.series() != null) {
            return file.resolve(k.series());
        }
        return o == null || o.dir() == null ? null : file.resolve(o.dir()).resolve("evidence");
    }

    /** Refuses a missing value that neither a flag nor the file gave. */
    static <T> T required(T value, String flag, String key) {
        if (value == null) {
            throw new InputException(flag, "is missing: give " + flag + " or " + key + " in the --config file");
        }
        return value;
    }

    static boolean given(CommandLine.Model.CommandSpec spec, String... flags) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String f : flags) {
            if (parsed != null && parsed.hasMatchedOption(f)) {
                return true;
            }
        }
        return false;
    }

    private static <T> void set(CommandLine.Model.CommandSpec spec, String flag, T value, Consumer<T> to) {
        if (value != null && !given(spec, flag)) {
            to.accept(value);
        }
    }
}

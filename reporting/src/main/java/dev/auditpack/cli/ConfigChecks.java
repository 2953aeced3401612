package dev.auditpack.cli;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.input.InputException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values of {@code auditpack.yaml} checked as their flags check them, each mistake named by its key's path, so
 * that a value from the file is never refused later under the name of a flag the user did not give.
 */
final class ConfigChecks {

    static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    static final Pattern SERIES = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9!_.*'()/-]*)?");
    static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,64}");

    private final Path file;

    private ConfigChecks(Path file) {
        this.file = file;
    }

    static void check(Path file, ConfigFile.Content c) {
        ConfigChecks k = new ConfigChecks(file);
        if (c.period() != null) {
            try {
                AuditPeriod.parse(c.period());
            } catch (IllegalArgumentException e) {
                throw k.wrong("period", e.getMessage());
            }
        }
        if (c.scope() != null) {
            k.scope(c.scope());
        }
        if (c.collection() != null) {
            k.collection(c.collection());
        }
        if (c.report() != null) {
            k.report(c.report());
        }
        if (c.signing() != null) {
            k.signing(c.signing());
        }
        if (c.output() != null) {
            k.text("output.dir", c.output().dir());
            k.text("output.evidence", c.output().evidence());
        }
        k.each(
                "failOn",
                c.failOn(),
                v -> {
                    try {
                        new FailOn.Converter().convert(v);
                        return true;
                    } catch (picocli.CommandLine.TypeConversionException e) {
                        return false;
                    }
                },
                "is not one of collection-errors, not-satisfied");
    }

    private void scope(ConfigFile.Scope s) {
        each(
                "scope.accounts",
                s.accounts(),
                a -> ACCOUNT.matcher(a).matches(),
                "is not a 12-digit AWS account id (write it in quotes, e.g. \"012345678901\")");
        if (Boolean.TRUE.equals(s.organization())
                && s.accounts() != null
                && !s.accounts().isEmpty()) {
            throw wrong("scope.organization", "cannot be combined with scope.accounts");
        }
        List<String> regions = s.regions() == null ? List.of() : s.regions();
        boolean all = regions.size() == 1 && "all".equals(regions.get(0));
        if (!all) {
            each(
                    "scope.regions",
                    regions,
                    r -> REGION.matcher(r).matches(),
                    "is not an AWS region name (like eu-west-1), nor [all] alone");
        }
        text("scope.roleName", s.roleName());
        text("scope.externalId", s.externalId());
        text("scope.profile", s.profile());
    }

    private void collection(ConfigFile.Collect c) {
        range("collection.concurrency", c.concurrency(), 1, 256);
        range("collection.perService", c.perService(), 1, 64);
        range("collection.maxAttempts", c.maxAttempts(), 1, 20);
        each(
                "collection.artifactReports",
                c.artifactReports(),
                v -> SERIES.matcher(v).matches(),
                "is not an AWS Artifact report series (like SOC or ISO)");
        if (c.trailBucket() != null && !BUCKET.matcher(c.trailBucket()).matches()) {
            throw wrong(
                    "collection.trailBucket",
                    "'" + c.trailBucket() + "' is not an S3 bucket name (with an " + "optional /prefix)");
        }
        text("collection.series", c.series());
        if (c.cadence() != null) {
            try {
                Cadence.parse(c.cadence());
            } catch (IllegalArgumentException e) {
                throw wrong("collection.cadence", e.getMessage());
            }
            if (c.series() == null) {
                throw wrong("collection.cadence", "applies to a period store; give collection.series too");
            }
        }
        url("collection.endpointUrl", c.endpointUrl());
        if (c.endpoints() != null) {
            for (Map.Entry<String, String> e : c.endpoints().entrySet()) {
                if (!SERVICE.matcher(e.getKey()).matches()) {
                    throw wrong("collection.endpoints." + e.getKey(), "is not an AWS service name (like s3)");
                }
                url("collection.endpoints." + e.getKey(), e.getValue());
            }
        }
    }

    private void report(ConfigFile.Report r) {
        for (String[] p : new String[][] {
            {"frameworks", r.frameworks()}, {"templates", r.templates()}, {"scope", r.scope()},
            {"owners", r.owners()}, {"assertion", r.assertion()}, {"manual", r.manual()},
            {"exceptions", r.exceptions()}, {"overrides", r.overrides()}, {"risks", r.risks()},
            {"cuecs", r.cuecs()}
        }) {
            text("report." + p[0], p[1]);
        }
        if (r.soc2Type() != null && r.soc2Type() != 1 && r.soc2Type() != 2) {
            throw wrong("report.soc2Type", "must be 1 or 2, not " + r.soc2Type());
        }
        each(
                "report.soc2Categories",
                r.soc2Categories(),
                v -> v.matches("[a-z][a-z-]*"),
                "is not a SOC 2 category (security, availability, confidentiality, processing-integrity, privacy)");
        if (r.preparer() != null) {
            try {
                Person.check("report.preparer", r.preparer());
            } catch (InputException e) {
                throw new InputException(file, e.getMessage());
            }
        }
        range("report.findingsPerCheck", r.findingsPerCheck(), 0, ReportSettings.MAX_FINDINGS_PER_CHECK);
        if (r.sampleSeed() != null
                && !SampleCommand.SEED.matcher(r.sampleSeed()).matches()) {
            throw wrong("report.sampleSeed", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    private void signing(ConfigFile.Signing s) {
        text("signing.key", s.key());
        text("signing.cert", s.cert());
        text("signing.keystore", s.keystore());
        for (String[] p : new String[][] {
            {"signing.keyPasswordEnv", s.keyPasswordEnv()}, {"signing.keystorePasswordEnv", s.keystorePasswordEnv()}
        }) {
            if (p[1] != null && !VARIABLE.matcher(p[1]).matches()) {
                throw wrong(
                        p[0],
                        "must be the NAME of an environment variable (letters, digits and '_'), "
                                + "never the password itself");
            }
        }
        if (s.keystore() != null && (s.key() != null || s.cert() != null)) {
            throw wrong("signing.keystore", "give either signing.keystore or signing.key with signing.cert, not both");
        }
        if ((s.key() == null) != (s.cert() == null)) {
            throw wrong(
                    s.key() == null ? "signing.cert" : "signing.key",
                    "needs " + (s.key() == null ? "signing.key" : "signing.cert") + " too");
        }
    }

    private void each(String key, List<String> values, java.util.function.Predicate<String> ok, String problem) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String at = key + "[" + i + "]";
            if (v == null || v.isBlank()) {
                throw wrong(at, "is empty");
            }
            if (!ok.test(v.strip())) {
                throw wrong(at, "'" + v + "' " + problem);
            }
            if (!seen.add(v.strip())) {
                throw wrong(at, "'" + v + "' is listed twice");
            }
        }
    }

    private void range(String key, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw wrong(key, "must be between " + min + " and " + max + ", not " + value);
        }
    }

    private void text(String key, String value) {
        if (value != null && value.isBlank()) {
            throw wrong(key, "is empty");
        }
    }

    private void url(String key, String value) {
        if (value == null) {
            return;
        }
        try {
            new AbsoluteUrlConverter().convert(value);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw wrong(key, e.getMessage());
        }
    }

    private InputException wrong(String key, String problem) {
        return new InputException(file, key + ": " + problem);
    }
}

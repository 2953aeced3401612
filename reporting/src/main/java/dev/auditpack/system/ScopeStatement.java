package dev.auditpack.system;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code --scope} file: the organisation's statement of what the audit covers.
 *
 * <pre>
 * organisation: Northwind Analytics Ltd
 * system: Northwind Insights
 * description: Hosted analytics for retail customers: ingestion, warehouse and dashboards.
 * boundary: The production platform in AWS and the people and processes that run it.
 * approvedBy: Dana Whitfield (CISO)
 * approved: 2026-09-15
 * accounts:
 *   - {id: "123456789012", name: production}
 * regions: [eu-west-1, us-east-1]
 * services: [s3, ec2, rds]
 * exclusions:
 *   - {what: The corporate office network, reason: Covered by the landlord's managed service.}
 * </pre>
 *
 * Every key is optional but the file must name something; account ids must be 12 digits, regions AWS region
 * names, services ids of {@code frameworks/responsibility/aws-services.yaml}. Whether the evidence covers what
 * the file declares is the pack's to say, not a reason to refuse the file.
 *
 * @param file the file it was read from
 */
public record ScopeStatement(
        Path file,
        String organisation,
        String system,
        String description,
        String boundary,
        String approvedBy,
        Optional<LocalDate> approved,
        List<Account> accounts,
        List<String> regions,
        List<String> services,
        List<Exclusion> exclusions) {

    /** An AWS region name: {@code eu-west-1}, {@code us-gov-west-1}, {@code ap-southeast-4}. */
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-(gov|iso|isob|isoe|isof))?-[a-z]+-[0-9]{1,2}");

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    /** An account in scope, with the name the organisation uses for it. */
    public record Account(String id, String name) {}

    /** Something left out of the scope, and why. */
    public record Exclusion(String what, String reason) {}

    record File(
            String organisation,
            String system,
            String description,
            String boundary,
            String approvedBy,
            LocalDate approved,
            List<Account> accounts,
            List<String> regions,
            List<String> services,
            List<Exclusion> exclusions) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public ScopeStatement {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        services = List.copyOf(services);
        exclusions = List.copyOf(exclusions);
    }

    /**
     * Reads and checks the file.
     *
     * @param services the known service ids
     * @throws InputException naming the file and the first thing wrong with it
     */
    public static ScopeStatement read(Path file, Set<String> services) {
        File f = InputFiles.read(file, YAML, File.class);
        if (f == null) {
            throw new InputException(
                    file, "is empty; give at least the system and its accounts (see docs/scope-and-owners.md)");
        }
        List<Account> accounts = f.accounts() == null ? List.of() : f.accounts();
        Set<String> seen = new HashSet<>();
        for (Account a : accounts) {
            if (a == null || a.id() == null || !ACCOUNT.matcher(a.id()).matches()) {
                throw new InputException(
                        file,
                        "account id '" + (a == null ? "" : a.id()) + "' is not 12 digits "
                                + "(write it in quotes, e.g. \"012345678901\")");
            }
            if (!seen.add(a.id())) {
                throw new InputException(file, "account " + a.id() + " is listed twice");
            }
        }
        List<String> regions = unique(file, "region", f.regions());
        for (String r : regions) {
            if (!REGION.matcher(r).matches()) {
                throw new InputException(file, "'" + r + "' is not an AWS region name (e.g. eu-west-1)");
            }
        }
        List<String> declared = unique(file, "service", f.services());
        for (String s : declared) {
            if (!services.contains(s)) {
                throw new InputException(
                        file,
                        "unknown service '" + s + "' (known: "
                                + String.join(", ", services.stream().sorted().toList()) + ")");
            }
        }
        List<Exclusion> exclusions = f.exclusions() == null ? List.of() : f.exclusions();
        for (Exclusion e : exclusions) {
            if (e == null || blank(e.what()) || blank(e.reason())) {
                throw new InputException(file, "every exclusion needs 'what' and 'reason'");
            }
        }
        if ((text(f.system()) + text(f.description()) + text(f.boundary())).isEmpty()
                && accounts.isEmpty()
                && regions.isEmpty()
                && declared.isEmpty()) {
            throw new InputException(file, "names no system, boundary, account, region or service");
        }
        return new ScopeStatement(
                file,
                text(f.organisation()),
                text(f.system()),
                text(f.description()),
                text(f.boundary()),
                text(f.approvedBy()),
                Optional.ofNullable(f.approved()),
                accounts.stream().map(a -> new Account(a.id(), text(a.name()))).toList(),
                regions,
                declared,
                exclusions.stream()
                        .map(e -> new Exclusion(e.what().strip(), e.reason().strip()))
                        .toList());
    }

    private static List<String> unique(Path file, String what, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (blank(v)) {
                throw new InputException(file, "an empty " + what + " in the " + what + "s list");
            }
            if (out.contains(v.strip())) {
                throw new InputException(file, what + " " + v.strip() + " is listed twice");
            }
            out.add(v.strip());
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}

package dev.auditpack.check.cloudfront;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.ProtocolFloors;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.CloudFrontEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each enabled CloudFront distribution makes viewers use HTTPS: every cache behaviour (the default one and each
 * path pattern) has the viewer protocol policy {@code https-only} or {@code redirect-to-https}, and its viewer
 * certificate's security policy refuses SSLv3, TLS 1.0 and TLS 1.1. A distribution on CloudFront's own
 * certificate ({@code *.cloudfront.net}) accepts TLS 1.0 whatever its setting says, so it fails. The oldest
 * version each security policy accepts is data shipped with auditpack ({@code viewer-security-policies.txt},
 * with its source); one not in it is a GAP. Disabled distributions serve nobody and are NOT_APPLICABLE.
 */
@AutoService(Check.class)
public final class CloudfrontViewerHttpsOnly extends EvidenceCheck {

    static final ProtocolFloors POLICIES =
            ProtocolFloors.load(CloudfrontViewerHttpsOnly.class, "viewer-security-policies.txt");
    private static final Set<String> HTTPS = Set.of("https-only", "redirect-to-https");

    public CloudfrontViewerHttpsOnly() {
        super(
                "cloudfront_viewer_https_only",
                "CloudFront serves viewers only over HTTPS with TLS 1.2 or later",
                Severity.MEDIUM,
                "A cache behaviour that allows HTTP sends content and cookies to viewers in clear, and a viewer policy that "
                        + "accepts TLS 1.0 or 1.1 lets connections be negotiated down to protocols with known weaknesses.",
                "Set every cache behaviour's viewer protocol policy to redirect-to-https (or https-only), serve the "
                        + "distribution under your own domain with an ACM certificate, and choose the security policy "
                        + "TLSv1.2_2021 or later.",
                List.of(CloudFrontEvidence.DISTRIBUTIONS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String scope = Arn.global(evidence.partition(account), "cloudfront", account, "distribution/*");
            evidence.require(this, CloudFrontEvidence.DISTRIBUTIONS, account, Target.GLOBAL, scope, findings)
                    .ifPresent(found -> {
                        JsonNode list = listed(
                                found,
                                "Distributions",
                                "distribution",
                                account,
                                Target.GLOBAL,
                                scope,
                                "The account has no CloudFront distribution.",
                                findings);
                        for (JsonNode d : list) {
                            judge(evidence.partition(account), account, d, found.path(), findings);
                        }
                    });
        }
    }

    private void judge(String partition, String account, JsonNode d, String path, FindingSink findings) {
        String arn = d.path("ARN")
                .asText(Arn.global(
                        partition,
                        "cloudfront",
                        account,
                        "distribution/" + d.path("Id").asText()));
        String name = "Distribution " + d.path("Id").asText() + domain(d);
        if (!d.path("Enabled").asBoolean(true)) {
            findings.add(notApplicable(account, Target.GLOBAL, arn, name + " is disabled and serves no viewer.", path));
            return;
        }
        JsonNode defaultBehaviour = d.path("DefaultCacheBehavior");
        JsonNode certificate = d.path("ViewerCertificate");
        if (!defaultBehaviour.isObject() || !certificate.isObject()) {
            findings.add(gap(
                    account,
                    Target.GLOBAL,
                    arn,
                    "The " + (defaultBehaviour.isObject() ? "viewer certificate" : "default cache behaviour")
                            + " of distribution " + d.path("Id").asText() + domain(d)
                            + " is missing from the evidence.",
                    path));
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> clear = new ArrayList<>();
        String policy = defaultBehaviour.path("ViewerProtocolPolicy").asText("");
        if (!HTTPS.contains(policy)) {
            clear.add("default (" + (policy.isEmpty() ? "no policy" : policy) + ")");
        }
        int behaviours = 1;
        for (JsonNode b : d.path("CacheBehaviors").path("Items")) {
            behaviours++;
            String p = b.path("ViewerProtocolPolicy").asText("");
            if (!HTTPS.contains(p)) {
                clear.add(b.path("PathPattern").asText("?") + " (" + (p.isEmpty() ? "no policy" : p) + ")");
            }
        }
        if (!clear.isEmpty()) {
            problems.add("cache behaviour(s) " + String.join(", ", clear) + " let viewers use plain HTTP");
        }
        String version = certificate.path("MinimumProtocolVersion").asText("");
        String tls;
        if (certificate.path("CloudFrontDefaultCertificate").asBoolean(false)) {
            problems.add(
                    "it uses CloudFront's default certificate, which accepts TLSv1.0 whatever the security policy says");
            tls = null;
        } else {
            Optional<String> floor = POLICIES.floor(version);
            if (floor.isEmpty()) {
                if (problems.isEmpty()) {
                    findings.add(gap(
                            account,
                            Target.GLOBAL,
                            arn,
                            name + " uses viewer security policy "
                                    + (version.isEmpty() ? "(none recorded)" : version)
                                    + ", which is not in auditpack's table of "
                                    + "security policies (" + POLICIES.source()
                                    + "), so the oldest TLS version it accepts is unknown.",
                            path));
                    return;
                }
                tls = null;
            } else if (!ProtocolFloors.modern(floor.get())) {
                problems.add("its security policy " + version + " still accepts " + floor.get());
                tls = null;
            } else {
                tls = floor.get() + " and later (security policy " + version + ")";
            }
        }
        if (problems.isEmpty()) {
            findings.add(pass(
                    account,
                    Target.GLOBAL,
                    arn,
                    name + " sends viewers to HTTPS in every cache behaviour (" + behaviours + ") and accepts only "
                            + tls + ".",
                    path));
        } else {
            findings.add(fail(account, Target.GLOBAL, arn, name + ": " + String.join("; ", problems) + ".", path));
        }
    }

    private static String domain(JsonNode d) {
        JsonNode aliases = d.path("Aliases").path("Items");
        if (aliases.isArray() && !aliases.isEmpty()) {
            return " (" + aliases.get(0).asText() + ")";
        }
        String domain = d.path("DomainName").asText("");
        return domain.isEmpty() ? "" : " (" + domain + ")";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "CloudFront ListDistributions: each distribution's Enabled, DefaultCacheBehavior.ViewerProtocolPolicy, "
                        + "CacheBehaviors.Items[].ViewerProtocolPolicy and ViewerCertificate (CloudFrontDefaultCertificate, "
                        + "MinimumProtocolVersion).",
                "Every CloudFront distribution in every account in scope.",
                "An enabled distribution passes when the default cache behaviour and every path-pattern behaviour "
                        + "have ViewerProtocolPolicy https-only or redirect-to-https, it serves its own certificate, and the "
                        + "oldest protocol its MinimumProtocolVersion accepts is TLS 1.2 or later. It fails when a behaviour "
                        + "lets viewers use HTTP, when it uses CloudFront's default certificate (*.cloudfront.net, which "
                        + "accepts TLS 1.0 whatever the setting says), or when its security policy accepts SSLv3, TLS 1.0 "
                        + "or TLS 1.1. The oldest protocol per security policy comes from the CloudFront Developer Guide, "
                        + "which auditpack ships as a dated table (viewer-security-policies.txt); a security policy not in "
                        + "it is a gap unless the distribution fails on other grounds, and so is a distribution whose "
                        + "default cache behaviour or viewer certificate is missing. Disabled distributions, and an account "
                        + "without any, are not applicable. Origin protocol policies are not judged.",
                "Open raw/<account>/global/cloudfront.distributions.json; for each element of data.Distributions[], "
                        + "read Enabled, DefaultCacheBehavior.ViewerProtocolPolicy, CacheBehaviors.Items[].ViewerProtocolPolicy, "
                        + "ViewerCertificate.CloudFrontDefaultCertificate and ViewerCertificate.MinimumProtocolVersion; look "
                        + "up the oldest protocol of that security policy in the CloudFront Developer Guide's table of "
                        + "supported protocols and apply the rule."));
    }
}

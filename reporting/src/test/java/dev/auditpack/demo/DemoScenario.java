package dev.auditpack.demo;

import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The fictional company of the demo, seeded into the emulator through the AWS APIs: mostly well run,
 * with the findings real accounts usually have (a console user without MFA, a short password policy,
 * an unencrypted export bucket, a bucket without versioning, root without MFA).
 */
final class DemoScenario {

    private DemoScenario() {
    }

    static void seed(MotoServer moto) {
        try (IamClient iam = Emulated.iam(moto); S3Client s3 = Emulated.s3(moto, "us-east-1");
             CloudTrailClient trail = Emulated.cloudTrail(moto, "eu-west-1")) {
            for (String user : new String[] {"maria.lopez", "dev.kumar", "j.smith"}) {
                iam.createUser(r -> r.userName(user));
                iam.createLoginProfile(r -> r.userName(user).password("Demo-Passw0rd-2026!"));
            }
            for (String user : new String[] {"maria.lopez", "j.smith"}) {
                String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(user)).virtualMFADevice().serialNumber();
                iam.enableMFADevice(r -> r.userName(user).serialNumber(serial).authenticationCode1("111111")
                        .authenticationCode2("222222"));
            }
            iam.createUser(r -> r.userName("ci-deployer"));
            iam.createAccessKey(r -> r.userName("ci-deployer"));
            iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(12).requireNumbers(true).requireSymbols(true)
                    .requireUppercaseCharacters(true).requireLowercaseCharacters(true).passwordReusePrevention(5));

            try (var control = software.amazon.awssdk.services.s3control.S3ControlClient.builder()
                    .region(software.amazon.awssdk.regions.Region.US_EAST_1).credentialsProvider(Emulated.credentials())
                    .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                    .endpointProvider(p -> java.util.concurrent.CompletableFuture.completedFuture(
                            software.amazon.awssdk.endpoints.Endpoint.builder().url(moto.endpoint()).build()))
                    .build()) {
                control.putPublicAccessBlock(r -> r.accountId(Emulated.ACCOUNT).publicAccessBlockConfiguration(c -> c
                        .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
            }
            bucket(s3, "northwind-analytics-data", ServerSideEncryption.AWS_KMS, true);
            bucket(s3, "northwind-web-assets", ServerSideEncryption.AES256, false);
            bucket(s3, "northwind-cloudtrail-logs", ServerSideEncryption.AES256, true);
            bucket(s3, "northwind-tmp-exports", null, false);

            trail.createTrail(r -> r.name("northwind-org-trail").s3BucketName("northwind-cloudtrail-logs")
                    .isMultiRegionTrail(true).enableLogFileValidation(true).includeGlobalServiceEvents(true));
            trail.startLogging(r -> r.name("northwind-org-trail"));
        }
    }

    static void reports(ArtifactStub artifact) {
        String attest = "Certifications and Attestations";
        artifact.add(new ArtifactStub.Report("report-2Uv3Qb8yXk1Jd0Ra", "AWS SOC 2 Type 2 Report (Security, Availability, Confidentiality, Privacy)",
                "SOC", attest, 4, Seed.at("2025-10-01"), Seed.at("2026-09-30"), "PUBLISHED"));
        artifact.add(new ArtifactStub.Report("report-7Hq1Lm2Zp9Ws4Ke6", "AWS SOC 1 Type 2 Report", "SOC", attest, 4,
                Seed.at("2025-10-01"), Seed.at("2026-09-30"), "PUBLISHED"));
        artifact.add(new ArtifactStub.Report("report-9Cx5Vt3Nb7Gh2Fj8", "AWS ISO/IEC 27001:2022 Certificate", "ISO", attest, 2,
                Seed.at("2025-11-07"), Seed.at("2028-11-06"), "PUBLISHED"));
        artifact.add(new ArtifactStub.Report("report-4Rt8Yu1Io6Pa3Sd5", "AWS ISO/IEC 27017:2015 Certificate", "ISO", attest, 2,
                Seed.at("2025-11-07"), Seed.at("2028-11-06"), "PUBLISHED"));
        artifact.add(new ArtifactStub.Report("report-1Qw2Er3Ty4Ui5Op6", "AWS ISO/IEC 27018:2019 Certificate", "ISO", attest, 2,
                Seed.at("2025-11-07"), Seed.at("2028-11-06"), "PUBLISHED"));
        artifact.add(new ArtifactStub.Report("report-5Zx6Cv7Bn8Ma9Sd0", "AWS PCI DSS Attestation of Compliance", "PCI", attest, 3,
                Seed.at("2026-02-01"), Seed.at("2027-01-31"), "PUBLISHED"));
    }

    private static void bucket(S3Client s3, String name, ServerSideEncryption sse, boolean versioning) {
        s3.createBucket(r -> r.bucket(name));
        if (sse != null) {
            s3.putBucketEncryption(r -> r.bucket(name).serverSideEncryptionConfiguration(c -> c.rules(
                    rule -> rule.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(sse)))));
        }
        if (versioning) {
            s3.putBucketVersioning(r -> r.bucket(name).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
    }
}

package dev.auditpack.emulator;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/** A seeded AWS Organization on moto, for benchmarks and for tests of collections over many accounts. */
public final class SeededOrganisation {

    private SeededOrganisation() {}

    /** An organisation of {@code n} accounts, each with a few users, buckets and security groups. */
    public static List<String> seed(MotoServer moto, int n, List<String> regions) {
        List<String> ids = new ArrayList<>();
        try (OrganizationsClient org = Emulated.client(OrganizationsClient.builder(), moto, "us-east-1")) {
            org.createOrganization(r -> r.featureSet("ALL"));
            for (int i = 1; i < n; i++) {
                int k = i;
                org.createAccount(r -> r.accountName("member-" + k).email("member-" + k + "@example.com"));
            }
            org.listAccountsPaginator(r -> {}).stream()
                    .flatMap(p -> p.accounts().stream())
                    .forEach(a -> ids.add(a.id()));
        }
        for (String id : ids) {
            AwsCredentialsProvider creds = id.equals(Emulated.ACCOUNT) ? Emulated.credentials() : assumed(moto, id);
            try (IamClient iam = IamClient.builder()
                            .region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
                            .credentialsProvider(creds)
                            .endpointOverride(moto.endpoint())
                            .build();
                    S3Client s3 = S3Client.builder()
                            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                            .credentialsProvider(creds)
                            .endpointOverride(moto.endpoint())
                            .forcePathStyle(true)
                            .build()) {
                for (int u = 0; u < 3; u++) {
                    int k = u;
                    iam.createUser(r -> r.userName("user-" + k));
                }
                iam.createLoginProfile(r -> r.userName("user-0").password("Bench-Passw0rd!"));
                for (int b = 0; b < 3; b++) {
                    int k = b;
                    s3.createBucket(r -> r.bucket("bench-" + id + "-" + k));
                }
            }
            for (String region : regions) {
                try (Ec2Client ec2 = Ec2Client.builder()
                        .region(software.amazon.awssdk.regions.Region.of(region))
                        .credentialsProvider(creds)
                        .endpointOverride(moto.endpoint())
                        .build()) {
                    ec2.createSecurityGroup(r -> r.groupName("web").description("web tier"));
                }
            }
        }
        return ids;
    }

    /** Credentials of a role in {@code account}, assumed through moto's STS. */
    public static AwsCredentialsProvider assumed(MotoServer moto, String account) {
        StsClient sts = StsClient.builder()
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(Emulated.credentials())
                .endpointOverride(moto.endpoint())
                .build();
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r ->
                        r.roleArn("arn:aws:iam::" + account + ":role/Seeder").roleSessionName("seed"))
                .build();
    }
}

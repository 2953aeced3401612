package dev.auditpack.cli;

import dev.auditpack.collector.locker.S3Connection;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How {@code publish} and {@code verify s3://…} reach the bucket. */
final class S3Settings {

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "AWS profile to reach the bucket with (default: the SDK's default credential chain).")
    String profile;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "Region to start from; the bucket's own is found when it differs. Default: the configured "
                    + "region, else us-east-1.")
    String region;

    @Option(
            names = "--endpoint-url",
            paramLabel = "URL",
            converter = AbsoluteUrlConverter.class,
            description = "Send the S3 calls to this endpoint (emulators, proxies).")
    URI endpoint;

    S3Connection connection() {
        if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new dev.auditpack.input.InputException(
                    "--region", "'" + region + "' is not an AWS region name (like eu-west-1)");
        }
        return new S3Connection(
                Optional.ofNullable(profile), Optional.ofNullable(region), Optional.ofNullable(endpoint));
    }

    /** Whether any was given, for commands that use them only with an S3 location. */
    boolean given() {
        return profile != null || region != null || endpoint != null;
    }
}

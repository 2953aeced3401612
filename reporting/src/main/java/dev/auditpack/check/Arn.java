package dev.auditpack.check;

import dev.auditpack.collector.Partitions;

/** Amazon Resource Names built for findings, where the evidence names a resource only by its id. */
public final class Arn {

    private Arn() {
    }

    /**
     * The ARN of a regional resource in the region's partition, e.g.
     * {@code arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1}.
     *
     * @param resource the resource part, e.g. {@code security-group/sg-1}, or a plural such as {@code detectors}
     *                 for a finding about the whole region
     */
    public static String regional(String service, String region, String account, String resource) {
        return "arn:" + Partitions.partition(region) + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}

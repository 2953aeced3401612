package dev.auditpack.check.s3;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Helpers for judging the Block Public Access settings the S3 evidence records. */
final class Buckets {

    private Buckets() {}

    /** Names of the four Block Public Access settings that are not on, or all four when none are set. */
    static List<String> blockSettingsOff(JsonNode configuration) {
        List<String> off = new ArrayList<>();
        for (String flag :
                new String[] {"BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"}) {
            if (!configuration.path(flag).asBoolean(false)) {
                off.add(flag);
            }
        }
        return off;
    }
}

package dev.auditpack.evidence;

import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The marker a shard leaves when its collection failed for good ({@code shard-failed.json} in the folder its locker
 * was to go to), written by whatever ran it (the Step Functions Catch puts it to S3). A merge turns it into a
 * collection error for every collector of every account of the shard, so a failed shard is a GAP, never a missing
 * account.
 *
 * @param planId the plan id
 * @param shard  {@code K/N}
 * @param error  the error name, e.g. {@code States.TaskFailed}
 * @param cause  what the runner said about it; may be empty
 */
public record ShardFailure(String planId, String shard, String error, String cause) {

    /** The marker's file name. */
    public static final String FILE = "shard-failed.json";

    public ShardFailure {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(shard, "shard");
        error = error == null || error.isBlank() ? "ShardFailed" : error;
        cause = cause == null ? "" : cause;
    }

    /** True when {@code dir} holds a failure marker. */
    public static boolean in(Path dir) {
        return Files.exists(dir.resolve(FILE));
    }

    /**
     * Reads the marker in {@code dir}.
     *
     * @throws InputException naming the marker when it is not one
     */
    public static ShardFailure read(Path dir) {
        Path file = dir.resolve(FILE);
        ShardFailure failure = InputFiles.read(file, EvidenceJson.mapper(), ShardFailure.class);
        if (failure == null) {
            throw new InputException(file, "is empty: expected a shard failure marker");
        }
        return failure;
    }

    /** The reason recorded for the shard: the error and, when there is one, the first line of its cause. */
    public String reason() {
        String first = cause.strip().lines().findFirst().orElse("");
        if (first.length() > 300) {
            first = first.substring(0, 300) + "…";
        }
        return first.isEmpty() ? error : error + ": " + first;
    }
}

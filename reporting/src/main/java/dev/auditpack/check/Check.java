package dev.auditpack.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A test of the evidence for one security property, e.g. "every S3 bucket has default encryption".
 * Implementations are found with {@link java.util.ServiceLoader}; the class name is the id in camel case.
 */
public interface Check {

    /** Every check on the class path, sorted by id. */
    static List<Check> all() {
        return ServiceLoader.load(Check.class, Check.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Check::id))
                .toList();
    }

    /** Snake-case id that says what is checked, e.g. {@code s3_bucket_default_encryption}. */
    String id();

    /** Short title, stated as the property that should hold. */
    String title();

    Severity severity();

    /** Why the property matters, in one or two sentences. */
    String rationale();

    /** How to fix a failure. */
    String remediation();

    /** Ids of the collectors whose evidence the check reads. */
    List<String> evidence();

    /**
     * The check's test procedure in an auditor's words. Every shipped check states one (a test fails for any
     * that does not); the empty default keeps a check without one usable, and the pack then says it is missing.
     */
    default Optional<TestProcedure> procedure() {
        return Optional.empty();
    }

    /** Evaluates the locker, adding one finding per resource (or one GAP per scope it could not judge). */
    void evaluate(EvidenceSet evidence, FindingSink findings);
}

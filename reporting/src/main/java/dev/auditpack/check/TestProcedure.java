package dev.auditpack.check;

import java.util.Objects;

/**
 * How a check tests its population, told as an auditor writes a test procedure, so that anyone holding the
 * locker can re-perform it without auditpack.
 *
 * @param inspected  the AWS API operations whose answers are read, and the fields that decide
 * @param population which resources are judged: every resource of that kind in the accounts and regions in scope
 * @param criterion  when a resource passes, fails, is not applicable or cannot be judged
 * @param reperform  how to re-perform the test from the locker: the file, the JSON path and the rule
 */
public record TestProcedure(String inspected, String population, String criterion, String reperform) {

    public TestProcedure {
        inspected = required(inspected, "inspected");
        population = required(population, "population");
        criterion = required(criterion, "criterion");
        reperform = required(reperform, "reperform");
    }

    private static String required(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException("a test procedure needs a " + name + " statement");
        }
        return text.strip().replaceAll("\\s+", " ");
    }
}

package dev.auditpack.report;

import java.util.List;
import java.util.Objects;

/**
 * The scope and system description: what the user's scope file declares, what the evidence shows, and where
 * the two disagree. Without a scope file the pack's scope is only what was collected.
 *
 * @param declared     whether a scope file was given
 * @param source       the scope file's name, or empty
 * @param organisation the organisation, as the file names it, or empty
 * @param name         the system's name, or empty
 * @param description  what the system does, or empty
 * @param boundary     the ISMS scope or SOC 2 system boundary, in the user's words, or empty
 * @param approvedBy   who approved the scope statement, or empty
 * @param approved     when (YYYY-MM-DD), or empty
 * @param accounts     the accounts declared in scope, each marked whether the locker holds evidence from it
 * @param regions      the regions declared in scope
 * @param services     the service ids declared in scope
 * @param exclusions   what is excluded from the scope, with the reason
 * @param evidenced    what the evidence shows
 * @param warnings     each disagreement between the file and the evidence, one sentence each; those starting
 *                     with {@code GAP} are in-scope parts with no evidence
 */
public record SystemScope(
        boolean declared,
        String source,
        String organisation,
        String name,
        String description,
        String boundary,
        String approvedBy,
        String approved,
        List<AccountRow> accounts,
        List<String> regions,
        List<String> services,
        List<ExclusionRow> exclusions,
        Evidenced evidenced,
        List<String> warnings) {

    /** Nothing declared and nothing collected (models built by hand in tests). */
    public static final SystemScope EMPTY = new SystemScope(
            false,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Evidenced(List.of(), List.of(), "", List.of()),
            List.of());

    public SystemScope {
        Objects.requireNonNull(evidenced);
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        services = List.copyOf(services);
        exclusions = List.copyOf(exclusions);
        warnings = List.copyOf(warnings);
    }

    /**
     * An account declared in scope.
     *
     * @param id        the 12-digit account id
     * @param name      the name the file gives it, or empty
     * @param evidenced whether the locker holds evidence collected from it
     */
    public record AccountRow(String id, String name, boolean evidenced) {}

    /**
     * Something left out of the scope.
     *
     * @param what   what is excluded
     * @param reason why
     */
    public record ExclusionRow(String what, String reason) {}

    /**
     * What the evidence shows, whatever the file says.
     *
     * @param accounts              accounts collected from
     * @param regions               regions collected from
     * @param enabledNotCollected   regions enabled but not collected, as far as the locker knows, in a sentence
     * @param services              AWS services the evidence shows in use, as {@code id (name)}
     */
    public record Evidenced(
            List<String> accounts, List<String> regions, String enabledNotCollected, List<String> services) {
        public Evidenced {
            accounts = List.copyOf(accounts);
            regions = List.copyOf(regions);
            services = List.copyOf(services);
        }
    }
}

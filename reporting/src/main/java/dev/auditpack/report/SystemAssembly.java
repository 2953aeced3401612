package dev.auditpack.report;

import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evidence.Scope;
import dev.auditpack.profile.ResponsibilityProfile;
import dev.auditpack.system.ScopeStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the scope and system description: the scope file beside what the evidence shows. */
final class SystemAssembly {

    /** The locker records the regions collected, not the regions enabled, unless every enabled one was collected. */
    static final String ENABLED_UNKNOWN = "Not known: the evidence locker records the regions collected, not which "
            + "other regions are enabled in the accounts.";

    private SystemAssembly() {}

    static SystemScope section(Evaluation evaluation, Optional<ScopeStatement> statement) {
        Scope collected = evaluation.index().scope();
        List<String> inUse = new ArrayList<>();
        List<String> inUseIds = new ArrayList<>();
        for (ResponsibilityProfile.Entry e : evaluation.profile()) {
            if (e.use() == ResponsibilityProfile.Use.IN_USE) {
                inUse.add(e.service().id() + " (" + e.service().name() + ")");
                inUseIds.add(e.service().id());
            }
        }
        SystemScope.Evidenced evidenced =
                new SystemScope.Evidenced(collected.accounts(), collected.regions(), ENABLED_UNKNOWN, inUse);
        if (statement.isEmpty()) {
            return new SystemScope(
                    false, "", "", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), evidenced,
                    List.of());
        }
        ScopeStatement s = statement.get();
        List<String> warnings = new ArrayList<>();
        List<SystemScope.AccountRow> accounts = new ArrayList<>();
        for (ScopeStatement.Account a : s.accounts()) {
            boolean has = collected.accounts().contains(a.id());
            accounts.add(new SystemScope.AccountRow(a.id(), a.name(), has));
            if (!has) {
                warnings.add("GAP: account " + a.id() + (a.name().isEmpty() ? "" : " (" + a.name() + ")")
                        + " is in scope, but the locker holds no evidence from it.");
            }
        }
        for (String r : s.regions()) {
            if (!collected.regions().contains(r)) {
                warnings.add("GAP: region " + r + " is in scope, but no evidence was collected there.");
            }
        }
        if (!s.accounts().isEmpty()) {
            collected.accounts().stream()
                    .filter(a -> s.accounts().stream().noneMatch(d -> d.id().equals(a)))
                    .forEach(a -> warnings.add("Account " + a + " was collected but is not in the declared scope."));
        }
        if (!s.regions().isEmpty()) {
            collected.regions().stream()
                    .filter(r -> !s.regions().contains(r))
                    .forEach(r -> warnings.add("Region " + r + " was collected but is not in the declared scope."));
        }
        if (!s.services().isEmpty()) {
            s.services().stream()
                    .filter(id -> !inUseIds.contains(id))
                    .forEach(id ->
                            warnings.add("Service " + id + " is in scope, but the evidence does not show it in use."));
            inUseIds.stream()
                    .filter(id -> !s.services().contains(id))
                    .forEach(id -> warnings.add("Service " + id + " is in use, but is not in the declared scope."));
        }
        return new SystemScope(
                true,
                s.file().getFileName().toString(),
                s.organisation(),
                s.system(),
                s.description(),
                s.boundary(),
                s.approvedBy(),
                s.approved().map(Object::toString).orElse(""),
                accounts,
                s.regions(),
                s.services(),
                s.exclusions().stream()
                        .map(e -> new SystemScope.ExclusionRow(e.what(), e.reason()))
                        .toList(),
                evidenced,
                warnings);
    }
}

package dev.auditpack.check.backup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.Glob;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.BackupEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * What the AWS Backup plans of one region select, as {@code backup.plans} records them. Tags are not
 * collected, so a selection that uses them can only say that it may cover a resource.
 *
 * @param plans      how many plans the region has
 * @param selections every selection that could be read
 * @param unreadable the plans whose selections, or the selections whose contents, could not be read
 */
record PlanSelections(int plans, List<Selection> selections, List<String> unreadable) {

    PlanSelections {
        selections = List.copyOf(selections);
        unreadable = List.copyOf(unreadable);
    }

    /** How a selection relates to one resource. */
    enum Match {
        /** Its ARN patterns include the resource and no tag condition narrows them. */
        SELECTED,
        /** Tags (or the region's opt-in settings) decide, and they are not in the evidence. */
        MAYBE,
        /** It cannot select the resource. */
        NO
    }

    /**
     * One selection of a plan.
     *
     * @param resources    ARN patterns it includes
     * @param notResources ARN patterns it excludes
     * @param listOfTags   whether it has ListOfTags (resources with any of the tags are included as well)
     * @param conditions   whether it has Conditions (tag filters that must all hold as well)
     */
    record Selection(
            String plan,
            String name,
            List<Glob> resources,
            List<Glob> notResources,
            boolean listOfTags,
            boolean conditions) {

        Selection {
            resources = List.copyOf(resources);
            notResources = List.copyOf(notResources);
        }

        Match match(String arn) {
            if (notResources.stream().anyMatch(p -> p.matches(arn))) {
                return Match.NO;
            }
            boolean named = resources.stream().anyMatch(p -> p.matches(arn));
            if (listOfTags || conditions || resources.isEmpty()) {
                return named || resources.isEmpty() || listOfTags ? Match.MAYBE : Match.NO;
            }
            return named ? Match.SELECTED : Match.NO;
        }

        String describe() {
            return "selection " + name + " of plan " + plan;
        }
    }

    static PlanSelections from(JsonNode data) {
        List<Selection> selections = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int plans = 0;
        for (JsonNode plan : data.path("BackupPlans")) {
            plans++;
            String planName =
                    plan.path("BackupPlanName").asText(plan.path("BackupPlanId").asText());
            OperationResult listed =
                    OperationResult.from(plan.path("calls").get(BackupEvidence.LIST_BACKUP_SELECTIONS));
            if (!listed.isOk()) {
                unreadable.add("the selections of plan " + planName + " (" + listed.errorCode() + ")");
                continue;
            }
            for (JsonNode item : listed.response()) {
                String name = item.path("SelectionName")
                        .asText(item.path("SelectionId").asText());
                OperationResult got = OperationResult.from(item.path("calls").get(BackupEvidence.GET_BACKUP_SELECTION));
                if (!got.isOk()) {
                    unreadable.add("selection " + name + " of plan " + planName + " (" + got.errorCode() + ")");
                    continue;
                }
                JsonNode s = got.response().path("BackupSelection");
                selections.add(new Selection(
                        planName,
                        name,
                        globs(s.path("Resources")),
                        globs(s.path("NotResources")),
                        !s.path("ListOfTags").isEmpty(),
                        hasConditions(s.path("Conditions"))));
            }
        }
        return new PlanSelections(plans, selections, unreadable);
    }

    private static List<Glob> globs(JsonNode list) {
        List<Glob> out = new ArrayList<>();
        list.forEach(v -> out.add(Glob.of(v.asText())));
        return out;
    }

    private static boolean hasConditions(JsonNode conditions) {
        for (JsonNode list : conditions) {
            if (!list.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ARN pattern, where {@code *} matches any run of characters, matches the ARN. */
    static boolean matches(String pattern, String arn) {
        return Glob.of(pattern).matches(arn);
    }
}

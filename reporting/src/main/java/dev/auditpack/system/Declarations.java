package dev.auditpack.system;

import dev.auditpack.framework.Framework;
import dev.auditpack.profile.ResponsibilityProfile;
import dev.auditpack.profile.ServiceModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the organisation declares about its audit beside the evidence: the scope statement and the control owners.
 *
 * @param scope  the scope file, if one was given
 * @param owners the owners file's assignments, or none
 * @param assertion the management assertion, if one was given
 */
public record Declarations(Optional<ScopeStatement> scope, Owners owners, Optional<ManagementAssertion> assertion) {

    /** Nothing declared. */
    public static final Declarations NONE = new Declarations(Optional.empty(), Owners.none());

    /** A scope statement and owners without a management assertion. */
    public Declarations(Optional<ScopeStatement> scope, Owners owners) {
        this(scope, owners, Optional.empty());
    }

    /** These declarations with {@code assertion} as the management assertion. */
    public Declarations with(Optional<ManagementAssertion> assertion) {
        return new Declarations(scope, owners, assertion);
    }

    /**
     * Reads both files (either may be null) and checks them against the frameworks and the known services.
     *
     * @throws dev.auditpack.input.InputException naming the file and the problem
     */
    public static Declarations read(Path scope, Path owners, List<Framework> frameworks) {
        Optional<ScopeStatement> statement = scope == null
                ? Optional.empty()
                : Optional.of(ScopeStatement.read(
                        scope,
                        ResponsibilityProfile.shipped().stream()
                                .map(ServiceModel::id)
                                .collect(Collectors.toSet())));
        return new Declarations(statement, owners == null ? Owners.none() : Owners.read(owners, frameworks));
    }
}

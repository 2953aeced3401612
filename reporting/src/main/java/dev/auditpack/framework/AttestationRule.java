package dev.auditpack.framework;

import java.util.List;

/**
 * Which AWS attestations may evidence the AWS half of a framework's controls. A control may name only
 * selectors this rule accepts, so a framework never rests on another framework's attestation (an ISO
 * certificate never answers a SOC 2 criterion).
 *
 * @param accepts       the attestation series and names the framework's controls may name
 * @param bridgeLetters AWS letters that extend an accepted report past the end of its period (SOC 2's continued
 *                      operations letters); empty when the framework has none, as for certificates
 * @param note          one sentence for the pack on why these and only these
 */
public record AttestationRule(List<AttestationSelector> accepts, List<AttestationSelector> bridgeLetters, String note) {

    public AttestationRule {
        if (accepts == null || accepts.isEmpty()) {
            throw new IllegalArgumentException(
                    "awsAttestation names no series it accepts " + "(accepts: [{series: SOC, name: SOC 2}])");
        }
        accepts = List.copyOf(accepts);
        bridgeLetters = bridgeLetters == null ? List.of() : List.copyOf(bridgeLetters);
        note = note == null ? "" : note;
    }

    /** True when a control may name {@code selector}: the same series and name as one accepted, ignoring case. */
    public boolean allows(AttestationSelector selector) {
        return accepts.stream()
                .anyMatch(a -> a.series().equalsIgnoreCase(selector.series())
                        && a.name().equalsIgnoreCase(selector.name()));
    }

    /** True when a listed report is a bridge letter rather than a report. */
    public boolean isBridgeLetter(String series, String name) {
        return bridgeLetters.stream().anyMatch(b -> b.matches(series, name));
    }
}

package dev.auditpack.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.framework.AttestationSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which AWS services each AWS attestation lists in its scope, as AWS publishes it, with the date the list was
 * taken and its source. A service in use that an attestation does not list has no AWS half from that attestation.
 *
 * @param asOf         the day the lists were taken from the source
 * @param source       where they come from
 * @param attestations one list per attestation
 */
public record AttestationServices(String asOf, String source, List<Scope> attestations) {

    /** Class-path location of the shipped lists. */
    public static final String RESOURCE = "frameworks/responsibility/attestation-services.yaml";

    /**
     * The services one attestation covers.
     *
     * @param series   Artifact report series
     * @param name     text its name contains
     * @param services ids of the services in {@code aws-services.yaml} it lists in its scope
     */
    public record Scope(String series, String name, List<String> services) {
        public Scope {
            new AttestationSelector(series, name);
            services = List.copyOf(Objects.requireNonNull(services, "services of " + series + " / " + name));
        }
    }

    public AttestationServices {
        if (asOf == null || source == null || asOf.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("asOf and source are needed: say when and where the lists were taken");
        }
        attestations = List.copyOf(attestations);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The shipped lists, checked against the shipped service models. */
    public static AttestationServices shipped() {
        try (InputStream in = AttestationServices.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            AttestationServices read = YAML.readValue(in, AttestationServices.class);
            Set<String> known = ResponsibilityProfile.shipped().stream()
                    .map(ServiceModel::id)
                    .collect(Collectors.toSet());
            for (Scope s : read.attestations()) {
                for (String id : s.services()) {
                    if (!known.contains(id)) {
                        throw new IllegalStateException(RESOURCE + ": " + s.series() + " / " + s.name()
                                + " names unknown service '" + id + "'");
                    }
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** No lists: nothing is judged. */
    public static AttestationServices none() {
        return new AttestationServices("-", "-", List.of());
    }

    /** The scope list of the attestation a report is, if there is one. */
    public Optional<Scope> of(String series, String name) {
        return attestations.stream()
                .filter(s -> new AttestationSelector(s.series(), s.name()).matches(series, name))
                .findFirst();
    }
}

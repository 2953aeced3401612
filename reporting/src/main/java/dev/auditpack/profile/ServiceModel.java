package dev.auditpack.profile;

import java.util.List;
import java.util.Objects;

/**
 * One AWS service's split of responsibility, read from {@code frameworks/responsibility/*.yaml}.
 *
 * @param id       short id, e.g. {@code ec2}
 * @param name     the service's name
 * @param model    {@code infrastructure}, {@code managed} or {@code abstracted}
 * @param detect   where the evidence shows the service in use: a collector and a JSON pointer into its data
 *                 that is a non-empty array when resources exist
 * @param aws      what AWS does
 * @param customer what the customer must do
 */
public record ServiceModel(
        String id, String name, String model, List<Detection> detect, List<String> aws, List<String> customer) {

    /**
     * Evidence of use.
     *
     * @param collector collector id
     * @param path      JSON pointer into the collector's {@code data}, e.g. {@code /Buckets}
     */
    public record Detection(String collector, String path) {
        public Detection {
            Objects.requireNonNull(collector, "collector");
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path '" + path + "' must be a JSON pointer starting with /");
            }
        }
    }

    public ServiceModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name of " + id);
        if (!List.of("infrastructure", "managed", "abstracted").contains(model)) {
            throw new IllegalArgumentException(
                    id + ": model must be infrastructure, managed or abstracted, not '" + model + "'");
        }
        detect = List.copyOf(Objects.requireNonNull(detect, "detect of " + id));
        aws = List.copyOf(Objects.requireNonNull(aws, "aws of " + id));
        customer = List.copyOf(Objects.requireNonNull(customer, "customer of " + id));
    }
}

package dev.auditpack.framework;

/**
 * A category a framework's scope is chosen by, e.g. SOC 2's Availability.
 *
 * @param id     lower-case id, e.g. {@code availability}
 * @param title  for people
 * @param always true when the category is always in scope (SOC 2's Security)
 */
public record Category(String id, String title, Boolean always) {
    public Category {
        if (id == null || !id.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("category id '" + id + "' must be lower-case letters and dashes");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("category " + id + " has no title");
        }
        always = Boolean.TRUE.equals(always);
    }
}

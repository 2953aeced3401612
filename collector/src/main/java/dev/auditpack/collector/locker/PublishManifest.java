package dev.auditpack.collector.locker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.auditpack.evidence.EvidenceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@value #NAME}: the last object a publish writes under its prefix. It lists every other object it wrote with its
 * SHA-256, size and S3 version, so a reader that finds it knows the set is complete, and one that does not knows it
 * is not. The published files keep their own indexes (a locker's {@code index.json}, a pack's {@code SHA256SUMS});
 * this one adds what only the bucket knows.
 *
 * @param formatVersion {@value #FORMAT}
 * @param kind          what was published: {@code locker}, {@code series} (a period store), {@code pack} (a pack
 *                      folder) or {@code pack-zip}
 * @param publishedAt   when the publish began
 * @param toolVersion   the auditpack version that published it
 * @param objectLock    whether the bucket had Object Lock enabled
 * @param retention     the retention each object was written with, if any was asked for
 * @param objects       every object but this one, in the order they were written
 */
public record PublishManifest(
        int formatVersion,
        String kind,
        Instant publishedAt,
        String toolVersion,
        boolean objectLock,
        Optional<Retention> retention,
        List<Entry> objects) {

    /** The manifest's file name, under the prefix. */
    public static final String NAME = "auditpack-manifest.json";
    /** The format written. */
    public static final int FORMAT = 1;
    /** Largest manifest read: about 200 bytes an object, so a million objects. */
    public static final long LIMIT = 256L << 20;

    public PublishManifest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(retention, "retention");
        objects = List.copyOf(objects);
    }

    /**
     * One published object.
     *
     * @param path      its path under the prefix, with forward slashes
     * @param sha256    lower-case hex
     * @param size      bytes
     * @param versionId the S3 version written (or found identical), if the bucket keeps versions
     */
    public record Entry(String path, String sha256, long size, Optional<String> versionId) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(versionId, "versionId");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not a SHA-256: " + sha256);
            }
        }

        /** The same path, hash and size, whatever the version. */
        public boolean sameBytes(Entry other) {
            return path.equals(other.path) && sha256.equals(other.sha256) && size == other.size;
        }
    }

    /**
     * Object Lock retention as written on every object.
     *
     * @param mode        {@code COMPLIANCE} or {@code GOVERNANCE}
     * @param retainUntil the retain-until date
     */
    public record Retention(String mode, Instant retainUntil) {
        public Retention {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(retainUntil, "retainUntil");
        }
    }

    /** The manifest as JSON, with sorted keys. */
    public byte[] toJson() {
        try {
            return EvidenceJson.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException saying what is wrong when the bytes are not a manifest this version reads
     */
    public static PublishManifest parse(byte[] json) throws IOException {
        PublishManifest m;
        try {
            m = EvidenceJson.mapper().readValue(json, PublishManifest.class);
        } catch (ValueInstantiationException e) {
            throw new IOException(
                    "is not a valid manifest: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IOException("is not a valid manifest: " + e.getOriginalMessage(), e);
        }
        if (m == null) {
            throw new IOException("is empty");
        }
        if (m.formatVersion() < 1 || m.formatVersion() > FORMAT) {
            throw new IOException("has format " + m.formatVersion() + ", which this auditpack does not read");
        }
        for (Entry e : m.objects()) {
            if (!safePath(e.path())) {
                throw new IOException("lists an unsafe path: " + e.path());
            }
        }
        return m;
    }

    /** A relative path with forward slashes, no empty, '.' or '..' part, and not the manifest itself. */
    static boolean safePath(String path) {
        if (path.isEmpty() || path.equals(NAME) || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty()
                    || part.equals(".")
                    || part.equals("..")
                    || part.chars().anyMatch(c -> c < 0x20)) {
                return false;
            }
        }
        return true;
    }
}

package dev.auditpack.collector.locker;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** What is already under a prefix, and whether a publish may go on beside it. */
final class Prefix {

    private Prefix() {}

    /** Every object under the prefix, by its path under it, with its size. */
    static Map<String, Long> list(S3Client s3, S3Uri at) {
        Map<String, Long> found = new LinkedHashMap<>();
        try {
            s3.listObjectsV2Paginator(r -> r.bucket(at.bucket()).prefix(at.listPrefix()))
                    .contents()
                    .forEach((Consumer<S3Object>) o -> found.put(at.pathOf(o.key()), o.size()));
        } catch (SdkException e) {
            throw S3Connection.failure(at, "ListObjectsV2", e);
        }
        return found;
    }

    /**
     * The objects already under {@code to}, each the very bytes the publish would write (same SHA-256 as S3 stored
     * it, same size), by path, with their version ids (null where the bucket keeps none). A manifest is allowed
     * only when it lists exactly these files.
     *
     * @throws InputException, one line, when any object there is not one publish would write byte for byte
     */
    static Map<String, String> existing(S3Client s3, S3Uri to, PublishSource source) {
        Map<String, Long> listed = list(s3, to);
        Map<String, PublishSource.File> ours = new HashMap<>();
        source.files().forEach(f -> ours.put(f.path(), f));
        List<String> different = new ArrayList<>();
        Map<String, String> same = new HashMap<>();
        for (Map.Entry<String, Long> e : listed.entrySet()) {
            String path = e.getKey();
            if (path.equals(PublishManifest.NAME)) {
                PublishManifest m = manifest(s3, to);
                boolean sameSet = m.objects().size() == ours.size()
                        && m.objects().stream()
                                .allMatch(o -> ours.containsKey(o.path())
                                        && ours.get(o.path()).sha256().equals(o.sha256())
                                        && ours.get(o.path()).size() == o.size());
                if (!sameSet) {
                    different.add(path + " (it lists another set of files)");
                } else {
                    same.put(path, null);
                }
                continue;
            }
            PublishSource.File f = ours.get(path);
            if (f == null) {
                different.add(path + " (not in " + source.root() + ")");
                continue;
            }
            HeadObjectResponse head;
            try {
                head = s3.headObject(
                        r -> r.bucket(to.bucket()).key(to.key(path)).checksumMode(ChecksumMode.ENABLED));
            } catch (SdkException ex) {
                throw S3Connection.failure(to, "HeadObject " + path, ex);
            }
            String stored = head.checksumSHA256();
            if (stored == null || !stored.equals(S3Locker.base64(f.sha256())) || head.contentLength() != f.size()) {
                different.add(path + (stored == null ? " (stored without a SHA-256 checksum)" : " (other bytes)"));
            } else {
                same.put(path, head.versionId());
            }
        }
        if (!different.isEmpty()) {
            throw new InputException(
                    to.toString(),
                    "already holds " + different.get(0)
                            + (different.size() > 1 ? " and " + (different.size() - 1) + " more object(s)" : "")
                            + "; publish never replaces or adds to another set: choose a new prefix");
        }
        if (same.containsKey(PublishManifest.NAME)
                && same.size() != source.files().size() + 1) {
            throw new InputException(
                    to.toString(),
                    "holds " + PublishManifest.NAME + " but only " + (same.size() - 1) + " of its "
                            + source.files().size() + " objects; run auditpack verify on it");
        }
        return same;
    }

    /** Reads the manifest under {@code at}. */
    static PublishManifest manifest(S3Client s3, S3Uri at) {
        byte[] bytes;
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(
                r -> r.bucket(at.bucket()).key(at.key(PublishManifest.NAME)).checksumMode(ChecksumMode.ENABLED))) {
            Long length = in.response().contentLength();
            if (length != null && length > PublishManifest.LIMIT) {
                throw new InputException(at + "/" + PublishManifest.NAME, "is larger than a manifest can be");
            }
            bytes = in.readNBytes((int) PublishManifest.LIMIT);
        } catch (NoSuchKeyException e) {
            throw new InputException(
                    at.toString(),
                    "has no " + PublishManifest.NAME + ": nothing was published there, or the publish did not finish");
        } catch (SdkException e) {
            throw S3Connection.failure(at, "GetObject " + PublishManifest.NAME, e);
        } catch (IOException e) {
            throw new InputException(at + "/" + PublishManifest.NAME, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return PublishManifest.parse(bytes);
        } catch (IOException e) {
            throw new InputException(at + "/" + PublishManifest.NAME, e.getMessage(), e);
        }
    }
}

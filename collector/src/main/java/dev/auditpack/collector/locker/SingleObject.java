package dev.auditpack.collector.locker;

import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One small object at exactly {@code s3://bucket/key} (the location's prefix is the key): a plan, an items list, a
 * shard's failure marker. Written with its SHA-256 for S3 to check, never over a different object; read back
 * against the SHA-256 S3 stored, when it stored one.
 */
final class SingleObject {

    /** Largest object read: a plan of many thousand accounts is far smaller. */
    static final int LIMIT = 64 << 20;

    private SingleObject() {}

    static Optional<byte[]> find(S3Client s3, S3Uri at) {
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(r -> r.bucket(at.bucket()).key(at.prefix()).checksumMode(ChecksumMode.ENABLED))) {
            Long length = in.response().contentLength();
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT || (length != null && length > LIMIT)) {
                throw new InputException(at.toString(), "is larger than " + (LIMIT >> 20) + " MiB");
            }
            String stored = in.response().checksumSHA256();
            if (stored != null && !stored.contains("-")) {
                String sha256 = Digests.sha256(bytes);
                if (!S3Locker.hex(stored).equals(sha256)) {
                    throw new InputException(
                            at.toString(),
                            "was read as SHA-256 " + sha256 + ", but S3 stored " + S3Locker.hex(stored)
                                    + " for it: the download is damaged");
                }
            }
            return Optional.of(bytes);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw S3Connection.failure(at, "GetObject", e);
        } catch (SdkException e) {
            throw S3Connection.failure(at, "GetObject", e);
        } catch (IOException e) {
            throw new InputException(at.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    static boolean exists(S3Client s3, S3Uri at) {
        try {
            s3.headObject(r -> r.bucket(at.bucket()).key(at.prefix()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw S3Connection.failure(at, "HeadObject", e);
        } catch (SdkException e) {
            throw S3Connection.failure(at, "HeadObject", e);
        }
    }

    static boolean put(S3Client s3, S3Uri at, byte[] bytes) {
        Optional<byte[]> there = find(s3, at);
        String sha256 = Digests.sha256(bytes);
        if (there.isPresent()) {
            if (Digests.sha256(there.get()).equals(sha256)) {
                return false;
            }
            throw new InputException(at.toString(), "already exists with other content; it is never replaced");
        }
        try {
            s3.putObject(
                    r -> r.bucket(at.bucket())
                            .key(at.prefix())
                            .contentLength((long) bytes.length)
                            .contentType("application/json")
                            .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                            .checksumSHA256(S3Locker.base64(sha256))
                            .ifNoneMatch("*"),
                    RequestBody.fromBytes(bytes));
            return true;
        } catch (SdkException e) {
            throw S3Connection.failure(at, "PutObject", e);
        }
    }
}

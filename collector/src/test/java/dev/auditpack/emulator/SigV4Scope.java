package dev.auditpack.emulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 signature ({@code AKID/date/region/service/aws4_request}), which names the
 * caller's access key and the service and region the request was signed for.
 *
 * @param accessKeyId the caller's access key id
 * @param date the signing date, {@code yyyyMMdd}
 * @param region the region the request was signed for
 * @param service the signing name, e.g. {@code ssm}, {@code s3}, {@code access-analyzer}
 */
public record SigV4Scope(String accessKeyId, String date, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern PRESIGNED = Pattern.compile(
            "X-Amz-Credential=([^%/&]+)(?:%2F|/)(\\d{8})(?:%2F|/)([^%/&]+)(?:%2F|/)([^%/&]+)(?:%2F|/)aws4_request");

    /** Reads the scope from an {@code Authorization} header, or from a presigned URL's query string. */
    public static Optional<SigV4Scope> parse(String authorization, String rawQuery) {
        Matcher m = authorization == null ? null : CREDENTIAL.matcher(authorization);
        if (m != null && m.find()) {
            return Optional.of(new SigV4Scope(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        m = rawQuery == null ? null : PRESIGNED.matcher(rawQuery);
        if (m != null && m.find()) {
            return Optional.of(new SigV4Scope(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        return Optional.empty();
    }

    /** An {@code Authorization} header with this key and date, signed (falsely) for another service. */
    String authorizationFor(String otherService) {
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + date + "/" + region + "/" + otherService
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);
    }
}

package dev.auditpack.collector;

import dev.auditpack.evidence.ErrorCategory;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Reads an SDK exception as an error code, HTTP status and {@link ErrorCategory}. */
public final class AwsErrors {

    private static final Set<String> DENIED = Set.of(
            "AccessDenied",
            "AccessDeniedException",
            "UnauthorizedOperation",
            "UnauthorizedAccess",
            "AuthorizationError",
            "AuthorizationErrorException",
            "InvalidClientTokenId",
            "UnrecognizedClientException",
            "ExpiredToken",
            "ExpiredTokenException",
            "InvalidAccessException",
            "AccountNotAuthorized");
    private static final Set<String> UNSUPPORTED = Set.of(
            "OptInRequired",
            "SubscriptionRequiredException",
            "InvalidAction",
            "UnsupportedOperation",
            "UnsupportedOperationException",
            "NotImplemented",
            "AWSOrganizationsNotInUseException",
            "UnknownOperationException");

    private static final Pattern BODY_CODE = Pattern.compile(
            "<Code>([A-Za-z0-9_.]{1,100})</Code>|\"(?:__type|code)\"\\s*:\\s*\"([A-Za-z0-9_.#:]{1,200})\"");

    private static final Pattern BODY_MESSAGE =
            Pattern.compile("<Message>([^<]{0,2000})</Message>|\"[Mm]essage\"\\s*:\\s*\"([^\"]{0,2000})\"");

    /** The code of an answer cut off on the way. */
    public static final String INCOMPLETE = "IncompleteResponse";
    /** The code of an answer that arrived but does not parse. */
    public static final String MALFORMED = "MalformedResponse";

    private AwsErrors() {}

    /**
     * AWS's answer when one is in the chain: a call whose credentials come from assuming a role fails on the
     * client side, with STS's refusal as its cause.
     */
    private static SdkException answered(SdkException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof AwsServiceException s) {
                return s;
            }
        }
        return e;
    }

    /**
     * True for an answer that was cut off or could not be read: an I/O error, an XML parse error or a wrong
     * checksum anywhere in the chain (the SDK's own rules miss them inside an unmarshalling failure). Asking
     * again may well get the whole answer, as after a reset connection.
     */
    static boolean unreadableAnswer(Throwable thrown) {
        if (thrown instanceof AwsServiceException) {
            return false;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof XMLStreamException || t instanceof Crc32MismatchException) {
                return true;
            }
        }
        return false;
    }

    /** What was wrong with an answer that arrived but cannot be used: cut off, or malformed. */
    private static Optional<String> unusableAnswer(SdkException e) {
        if (e instanceof AwsServiceException) {
            return Optional.empty();
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IncompleteResponseException) {
                return Optional.of(INCOMPLETE);
            }
            if (t instanceof MalformedResponseException
                    || t instanceof XMLStreamException
                    || t instanceof Crc32MismatchException
                    || t.getClass().getSimpleName().startsWith("Json") && t instanceof IOException) {
                return Optional.of(MALFORMED);
            }
        }
        String message = e.getMessage();
        return message != null && message.startsWith("Unable to unmarshall")
                ? Optional.of(MALFORMED)
                : Optional.empty();
    }

    /** The AWS error code, or the name of the client-side exception when AWS never answered. */
    public static String code(SdkException thrown) {
        SdkException e = answered(thrown);
        Optional<String> unusable = unusableAnswer(e);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        if (e instanceof AwsServiceException s
                && s.awsErrorDetails() != null
                && s.awsErrorDetails().errorCode() != null
                && !s.awsErrorDetails().errorCode().isBlank()) {
            return s.awsErrorDetails().errorCode();
        }
        if (e instanceof AwsServiceException s) {
            return codeInBody(s).orElse("HTTP" + s.statusCode());
        }
        Throwable root = e.getCause() == null ? e : e.getCause();
        return root.getClass().getSimpleName();
    }

    /**
     * Some endpoints (proxies, emulators, older wire formats) send an error body the SDK cannot map; the
     * code is still in it, as {@code <Code>…</Code>} or a JSON {@code __type}/{@code code}.
     */
    private static Optional<String> codeInBody(AwsServiceException e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().rawResponse() == null) {
            return Optional.empty();
        }
        String body = e.awsErrorDetails().rawResponse().asUtf8String();
        Matcher m = BODY_CODE.matcher(body);
        if (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(code.substring(code.lastIndexOf('#') + 1));
        }
        return Optional.empty();
    }

    public static Integer httpStatus(SdkException thrown) {
        SdkException e = answered(thrown);
        return e instanceof AwsServiceException s && s.statusCode() > 0 ? s.statusCode() : null;
    }

    public static String message(SdkException thrown) {
        SdkException e = answered(thrown);
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            if (s.awsErrorDetails().errorMessage() != null) {
                return s.awsErrorDetails().errorMessage();
            }
            if (s.awsErrorDetails().rawResponse() != null) {
                Matcher m =
                        BODY_MESSAGE.matcher(s.awsErrorDetails().rawResponse().asUtf8String());
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public static ErrorCategory category(SdkException thrown) {
        SdkException e = answered(thrown);
        if (e instanceof ApiCallTimeoutException
                || e instanceof ApiCallAttemptTimeoutException
                || e instanceof AbortedException) {
            return ErrorCategory.TIMEOUT;
        }
        Optional<String> unusable = unusableAnswer(e);
        if (unusable.isPresent()) {
            // a cut-off answer is a failed connection; a malformed one is neither refused nor late
            return INCOMPLETE.equals(unusable.get()) ? ErrorCategory.TIMEOUT : ErrorCategory.OTHER;
        }
        if (e instanceof AwsServiceException s) {
            String code = code(e);
            if (s.isThrottlingException() || s.statusCode() == 429) {
                return ErrorCategory.THROTTLED;
            }
            if (DENIED.contains(code) || s.statusCode() == 401 || s.statusCode() == 403) {
                return ErrorCategory.ACCESS_DENIED;
            }
            if (UNSUPPORTED.contains(code) || s.statusCode() == 501) {
                return ErrorCategory.UNSUPPORTED;
            }
            if (s.statusCode() >= 500) {
                return ErrorCategory.SERVICE_ERROR;
            }
            return ErrorCategory.OTHER;
        }
        if (e instanceof SdkClientException) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SocketTimeoutException || t instanceof IOException) {
                    return ErrorCategory.TIMEOUT;
                }
            }
        }
        return ErrorCategory.OTHER;
    }
}

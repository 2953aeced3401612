package dev.auditpack.collector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;

/**
 * Fails, inside the SDK's retry loop, an answer that parsed but cannot be all AWS said: an empty body where the
 * operation's answer is a document (the SDK would read it as "no items"), and an embedded policy document that does
 * not parse. The SDK then retries the call; after the last retry the failure is a collection error, not an answer.
 */
final class CompleteAnswers implements ExecutionInterceptor {

    private static final ExecutionAttribute<Integer> BODY_LENGTH = new ExecutionAttribute<>("auditpack.BodyLength");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        if (body.isEmpty()) {
            attributes.putAttribute(BODY_LENGTH, 0);
            return body;
        }
        try (InputStream in = body.get()) {
            byte[] bytes = in.readAllBytes();
            attributes.putAttribute(BODY_LENGTH, bytes.length);
            return Optional.of(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Integer length = attributes.getAttribute(BODY_LENGTH);
        if (length != null
                && length == 0
                && context.httpResponse().isSuccessful()
                && response.sdkFields().stream().anyMatch(f -> f.location() == MarshallLocation.PAYLOAD)) {
            throw SdkClientException.builder()
                    .message(operation + " answered with an empty body")
                    .cause(new IncompleteResponseException("the answer to " + operation + " had an empty body"))
                    .build();
        }
        if (response instanceof GetBucketPolicyResponse policy) {
            requireJson(operation, "the bucket policy", policy.policy());
        } else if (response instanceof GetAccountAuthorizationDetailsResponse details) {
            details.userDetailList().forEach(u -> inline(operation, u.userName(), u.userPolicyList()));
            details.groupDetailList().forEach(g -> inline(operation, g.groupName(), g.groupPolicyList()));
            details.roleDetailList().forEach(r -> {
                requireJson(operation, "the trust policy of " + r.roleName(), decoded(r.assumeRolePolicyDocument()));
                inline(operation, r.roleName(), r.rolePolicyList());
            });
            details.policies()
                    .forEach(p -> p.policyVersionList()
                            .forEach(v -> requireJson(
                                    operation,
                                    "version " + v.versionId() + " of " + p.policyName(),
                                    decoded(v.document()))));
        }
    }

    private static void inline(String operation, String owner, List<PolicyDetail> policies) {
        policies.forEach(p -> requireJson(
                operation, "inline policy " + p.policyName() + " of " + owner, decoded(p.policyDocument())));
    }

    /** IAM sends policy documents URL-encoded; an emulator may send them as they are. */
    private static String decoded(String document) {
        if (document == null || document.isBlank() || document.trim().startsWith("{")) {
            return document;
        }
        try {
            return URLDecoder.decode(document, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return document;
        }
    }

    /** Fails unless {@code text} is a JSON object; a document AWS did not send at all (null) is not checked. */
    private static void requireJson(String operation, String what, String text) {
        if (text == null) {
            return;
        }
        String failure = null;
        Throwable cause = null;
        if (text.isBlank()) {
            failure = what + " is empty";
        } else {
            try {
                if (!JSON.readTree(text).isObject()) {
                    failure = what + " is not a JSON object";
                }
            } catch (JsonProcessingException e) {
                failure = what + " does not parse as JSON: " + firstLine(e.getOriginalMessage());
                cause = e;
            }
        }
        if (failure != null) {
            String message = "the answer to " + operation + " is malformed: " + failure;
            throw SdkClientException.builder()
                    .message(message)
                    .cause(new MalformedResponseException(message, cause))
                    .build();
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}

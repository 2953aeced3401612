package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;

/** Answers that parsed but cannot be all AWS said fail inside the SDK's retry loop, as malformed or incomplete. */
class CompleteAnswersTest {

    private static final String POLICY =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    private static void check(SdkResponse response, int bodyLength) {
        CompleteAnswers answers = new CompleteAnswers();
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(SdkExecutionAttribute.OPERATION_NAME, "Op");
        Context.AfterUnmarshalling context = new Context.AfterUnmarshalling() {
            @Override
            public SdkResponse response() {
                return response;
            }

            @Override
            public SdkHttpResponse httpResponse() {
                return SdkHttpResponse.builder().statusCode(200).build();
            }

            @Override
            public Optional<Publisher<ByteBuffer>> responsePublisher() {
                return Optional.empty();
            }

            @Override
            public Optional<InputStream> responseBody() {
                return Optional.of(new java.io.ByteArrayInputStream(new byte[bodyLength]));
            }

            @Override
            public SdkHttpRequest httpRequest() {
                return SdkHttpRequest.builder()
                        .method(SdkHttpMethod.GET)
                        .protocol("https")
                        .host("localhost")
                        .build();
            }

            @Override
            public Optional<RequestBody> requestBody() {
                return Optional.empty();
            }

            @Override
            public Optional<AsyncRequestBody> asyncRequestBody() {
                return Optional.empty();
            }

            @Override
            public SdkRequest request() {
                return null;
            }
        };
        answers.modifyHttpResponseContent(context, attributes);
        answers.afterUnmarshalling(context, attributes);
    }

    private static GetAccountAuthorizationDetailsResponse withRolePolicy(String document) {
        return GetAccountAuthorizationDetailsResponse.builder()
                .roleDetailList(r -> r.roleName("admin")
                        .assumeRolePolicyDocument(URLEncoder.encode(POLICY, StandardCharsets.UTF_8))
                        .rolePolicyList(p -> p.policyName("star").policyDocument(document)))
                .build();
    }

    @Test
    void wholeDocumentsPass() {
        assertThatCode(() -> check(withRolePolicy(URLEncoder.encode(POLICY, StandardCharsets.UTF_8)), 500))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        check(GetBucketPolicyResponse.builder().policy(POLICY).build(), 90))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(ListUsersResponse.builder().build(), 120))
                .as("a document listing nothing")
                .doesNotThrowAnyException();
    }

    @Test
    void anEmbeddedPolicyThatDoesNotParseIsMalformed() {
        String cut = URLEncoder.encode(POLICY.substring(0, 40), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> check(withRolePolicy(cut), 500))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("inline policy star of admin")
                .hasCauseInstanceOf(MalformedResponseException.class)
                .satisfies(
                        e -> assertThat(AwsErrors.code((SdkClientException) e)).isEqualTo(AwsErrors.MALFORMED))
                .satisfies(e ->
                        assertThat(AwsErrors.unreadableAnswer(e)).as("retried").isTrue());
        assertThatThrownBy(() -> check(
                        GetBucketPolicyResponse.builder()
                                .policy(POLICY.substring(0, 30))
                                .build(),
                        30))
                .hasMessageContaining("the bucket policy does not parse");
        assertThatThrownBy(
                        () -> check(GetBucketPolicyResponse.builder().policy("").build(), 0))
                .hasCauseInstanceOf(IncompleteResponseException.class);
    }

    @Test
    void anEmptyBodyIsNoAnswerWhereTheOperationAnswersWithADocument() {
        assertThatThrownBy(() -> check(ListUsersResponse.builder().build(), 0))
                .isInstanceOfSatisfying(SdkClientException.class, e -> {
                    assertThat(AwsErrors.code(e)).isEqualTo(AwsErrors.INCOMPLETE);
                    assertThat(AwsErrors.unreadableAnswer(e)).isTrue();
                });
    }
}

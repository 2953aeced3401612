package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.ErrorCategory;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.model.StsException;

class AwsErrorsTest {

    /** What the SDK throws when the credentials of a call come from a role that cannot be assumed. */
    private static SdkClientException refusedRole() {
        StsException denied = (StsException) StsException.builder()
                .statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDenied")
                        .errorMessage(
                                "User: arn:aws:iam::111122223333:user/runner is not authorized to perform: sts:AssumeRole")
                        .build())
                .build();
        return SdkClientException.builder()
                .message("Unable to load credentials from StsAssumeRoleCredentialsProvider")
                .cause(denied)
                .build();
    }

    @Test
    void awsAnswerInsideAClientSideFailureIsWhatIsReported() {
        SdkClientException thrown = refusedRole();
        assertThat(AwsErrors.code(thrown)).isEqualTo("AccessDenied");
        assertThat(AwsErrors.httpStatus(thrown)).isEqualTo(403);
        assertThat(AwsErrors.message(thrown))
                .startsWith("User: arn:aws:iam::111122223333:user/runner is not authorized");
        assertThat(AwsErrors.category(thrown)).isEqualTo(ErrorCategory.ACCESS_DENIED);
    }

    @Test
    void aClientSideFailureWithoutAnAnswerKeepsItsOwnName() {
        SdkClientException thrown = SdkClientException.builder()
                .message("connection reset")
                .cause(new java.io.IOException("connection reset"))
                .build();
        assertThat(AwsErrors.code(thrown)).isEqualTo("IOException");
        assertThat(AwsErrors.httpStatus(thrown)).isNull();
        assertThat(AwsErrors.category(thrown)).isEqualTo(ErrorCategory.TIMEOUT);
    }
}

package dev.auditpack.collector.aws.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * Who may do what: every IAM user, group and role with its attached managed policies and inline policies,
 * and every customer managed policy with its versions and their documents.
 *
 * <p>Shape: {@code data.UserDetailList[]}, {@code data.GroupDetailList[]}, {@code data.RoleDetailList[]}
 * and {@code data.Policies[]}, the items of every page of GetAccountAuthorizationDetails, each list sorted
 * by name, then ARN. Policy documents stay as IAM returns them, URL-encoded JSON text. AWS managed policies
 * are not listed (about a thousand, the same in every account); users, groups and roles still name the ones
 * attached to them.
 */
@AutoService(Collector.class)
public final class IamAuthorizationDetailsCollector implements Collector {

    static final Operation GET_AUTHORIZATION_DETAILS =
            Operation.of("Iam", IamEvidence.GET_ACCOUNT_AUTHORIZATION_DETAILS);

    @Override
    public String id() {
        return IamEvidence.AUTHORIZATION_DETAILS;
    }

    @Override
    public String description() {
        return "IAM users, groups and roles with their policies, and the customer managed policies' documents.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_AUTHORIZATION_DETAILS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        IamClient iam = context.client(IamClient.class);
        List<GetAccountAuthorizationDetailsResponse> pages = recorder.require(
                GET_AUTHORIZATION_DETAILS,
                () -> iam
                        .getAccountAuthorizationDetailsPaginator(r -> r.filter(
                                EntityType.USER, EntityType.GROUP, EntityType.ROLE, EntityType.LOCAL_MANAGED_POLICY))
                        .stream()
                        .toList());
        put(
                recorder,
                "UserDetailList",
                pages,
                GetAccountAuthorizationDetailsResponse::userDetailList,
                UserDetail::userName,
                UserDetail::arn);
        put(
                recorder,
                "GroupDetailList",
                pages,
                GetAccountAuthorizationDetailsResponse::groupDetailList,
                GroupDetail::groupName,
                GroupDetail::arn);
        put(
                recorder,
                "RoleDetailList",
                pages,
                GetAccountAuthorizationDetailsResponse::roleDetailList,
                RoleDetail::roleName,
                RoleDetail::arn);
        put(
                recorder,
                "Policies",
                pages,
                GetAccountAuthorizationDetailsResponse::policies,
                ManagedPolicyDetail::policyName,
                ManagedPolicyDetail::arn);
    }

    private static <T> void put(
            EvidenceRecorder recorder,
            String member,
            List<GetAccountAuthorizationDetailsResponse> pages,
            Function<GetAccountAuthorizationDetailsResponse, List<T>> items,
            Function<T, String> name,
            Function<T, String> arn) {
        List<T> all = new ArrayList<>();
        pages.forEach(page -> all.addAll(items.apply(page)));
        all.sort(Comparator.comparing(name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(arn, Comparator.nullsLast(Comparator.naturalOrder())));
        recorder.data().set(member, SdkJson.toJson(all));
    }
}

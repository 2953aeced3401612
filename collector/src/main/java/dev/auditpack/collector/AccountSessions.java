package dev.auditpack.collector;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * The SDK clients of every account in a run: the caller's own, and for each other account clients whose
 * credentials come from assuming its role. Assumed-role credentials are cached and refreshed before they
 * expire, so long runs keep working.
 */
final class AccountSessions implements AutoCloseable {

    private final AwsClients caller;
    private final String callerAccount;
    private final SdkHttpClient http;
    private final AwsSettings settings;
    private final Optional<String> externalId;
    private final Duration sessionDuration;
    private final Map<String, AwsClients> byAccount = new ConcurrentHashMap<>();
    private final Map<String, StsAssumeRoleCredentialsProvider> providers = new ConcurrentHashMap<>();

    AccountSessions(
            AwsClients caller,
            String callerAccount,
            SdkHttpClient http,
            AwsSettings settings,
            Optional<String> externalId,
            Duration sessionDuration) {
        this.caller = caller;
        this.callerAccount = callerAccount;
        this.http = http;
        this.settings = settings;
        this.externalId = externalId;
        this.sessionDuration = sessionDuration;
    }

    AwsClients caller() {
        return caller;
    }

    /** The clients for an account: the caller's own, or through its role. */
    AwsClients of(AccountPlan account) {
        if (account.roleArn().isEmpty() || account.account().equals(callerAccount)) {
            return caller;
        }
        return byAccount.computeIfAbsent(
                account.account(), id -> new AwsClients(assume(account.roleArn().get()), http, settings));
    }

    private AwsCredentialsProvider assume(String roleArn) {
        StsClient sts = caller.client(
                StsClient.class, Partitions.globalRegion(settings.regions().get(0)));
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> {
                    r.roleArn(roleArn).roleSessionName("auditpack").durationSeconds((int) sessionDuration.toSeconds());
                    externalId.ifPresent(r::externalId);
                })
                .asyncCredentialUpdateEnabled(false)
                .build();
        providers.put(roleArn, provider);
        return provider;
    }

    @Override
    public void close() {
        byAccount.values().forEach(AwsClients::close);
        providers.values().forEach(StsAssumeRoleCredentialsProvider::close);
    }
}

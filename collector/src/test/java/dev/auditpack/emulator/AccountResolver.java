package dev.auditpack.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a caller's access key id to the account moto serves it as, so stubbed operations answer for the same
 * account moto does.
 *
 * <p>Three sources, cached per key: bindings a test makes; STS {@code AssumeRole} answers seen passing
 * through the gateway (access key id and the account in the assumed-role ARN); and otherwise one
 * {@code GetCallerIdentity} sent to moto under the caller's access key id and session token. moto reads only
 * the key id from the {@code Authorization} header (it checks signatures only with IAM enforcement on), so
 * the answer is the account moto itself attributes to that key: {@code 123456789012} for unknown keys such
 * as {@code testing}, the role's account for assumed-role keys. With moto's IAM enforcement on, the probe is
 * refused; then only the first two sources work and other keys map to moto's default account.
 */
public final class AccountResolver {

    /** moto's default account, used when it cannot be asked. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private static final Pattern ACCOUNT = Pattern.compile("<Account>(\\d{12})</Account>");
    private static final Pattern ASSUMED_KEY = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern ASSUMED_ARN = Pattern.compile("<Arn>arn:[^:]+:sts::(\\d{12}):assumed-role/");

    private final Upstream upstream;
    private final URI moto;
    private final Map<String, String> accounts = new ConcurrentHashMap<>();

    AccountResolver(Upstream upstream, URI moto) {
        this.upstream = upstream;
        this.moto = moto;
    }

    /** Makes stubs answer calls signed with this access key id as this account. */
    public void bind(String accessKeyId, String account) {
        accounts.put(accessKeyId, account);
    }

    /** Forgets every cached mapping, e.g. after moto was reset. */
    public void clear() {
        accounts.clear();
    }

    /** The account a request's caller belongs to. */
    public String accountOf(GatewayRequest request) {
        return request.scope()
                .map(scope -> accounts.computeIfAbsent(scope.accessKeyId(), k -> ask(scope, request)))
                .orElse(DEFAULT_ACCOUNT);
    }

    /** Learns the account of assumed-role credentials from an STS answer relayed to a caller. */
    void observe(GatewayRequest request, GatewayResponse response) {
        if (!"sts".equals(request.service()) || response.status() != 200) {
            return;
        }
        String body = response.bodyText();
        Matcher key = ASSUMED_KEY.matcher(body);
        Matcher arn = ASSUMED_ARN.matcher(body);
        if (key.find() && arn.find()) {
            accounts.put(key.group(1), arn.group(1));
        }
    }

    private String ask(SigV4Scope scope, GatewayRequest caller) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        headers.put("Authorization", List.of(scope.authorizationFor("sts")));
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        headers.put("X-Amz-Date", List.of(scope.date() + "T000000Z"));
        String token = caller.header("X-Amz-Security-Token");
        if (token != null) {
            headers.put("X-Amz-Security-Token", List.of(token));
        }
        byte[] body = "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8);
        GatewayRequest probe = new GatewayRequest("POST", "/", null, headers, body, java.util.Optional.of(scope));
        try {
            GatewayResponse answer = upstream.send(moto, probe);
            Matcher m = ACCOUNT.matcher(answer.bodyText());
            return answer.status() == 200 && m.find() ? m.group(1) : DEFAULT_ACCOUNT;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot ask moto which account key " + scope.accessKeyId() + " belongs to", e);
        }
    }
}

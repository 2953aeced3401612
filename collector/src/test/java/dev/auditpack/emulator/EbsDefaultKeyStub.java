package dev.auditpack.emulator;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EC2's {@code GetEbsDefaultKmsKeyId}, which moto lacks, speaking EC2's real wire protocol as the API reference
 * (2016-11-15) defines it: a form-encoded POST with {@code Action=GetEbsDefaultKmsKeyId}, answered with
 * {@code <GetEbsDefaultKmsKeyIdResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">} holding
 * {@code requestId} and {@code kmsKeyId}, and {@code DryRun=true} answered with EC2's
 * {@code DryRunOperation} error (HTTP 412).
 *
 * <p>As on AWS, a region whose default key was never changed answers the AWS managed key
 * {@code alias/aws/ebs}. moto keeps the key {@code ModifyEbsDefaultKmsKeyId} sets to itself, so a different
 * default is seeded here with {@link #defaultKmsKeyId}.
 */
public final class EbsDefaultKeyStub implements Stub {

    /** The key every region uses for EBS encryption by default until the account chooses another. */
    public static final String AWS_MANAGED_KEY = "alias/aws/ebs";

    private final Map<Caller, String> keys = new ConcurrentHashMap<>();

    /** Sets the default EBS key (an ARN, as AWS reports a customer key) for this account and region. */
    public EbsDefaultKeyStub defaultKmsKeyId(String account, String region, String keyId) {
        keys.put(new Caller(account, region), keyId);
        return this;
    }

    public void clear() {
        keys.clear();
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "ec2".equals(request.service()) && "GetEbsDefaultKmsKeyId".equals(request.operation());
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) {
        String dryRun = request.form().getOrDefault("DryRun", request.query().get("DryRun"));
        if ("true".equalsIgnoreCase(dryRun)) {
            return WireProtocol.EC2.error(
                    request, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        }
        String key = keys.getOrDefault(caller, AWS_MANAGED_KEY);
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<GetEbsDefaultKmsKeyIdResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                + "<requestId>" + UUID.randomUUID() + "</requestId>"
                + "<kmsKeyId>" + xml(key) + "</kmsKeyId>"
                + "</GetEbsDefaultKmsKeyIdResponse>";
        return GatewayResponse.of(200, "text/xml;charset=UTF-8", body, Map.of());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

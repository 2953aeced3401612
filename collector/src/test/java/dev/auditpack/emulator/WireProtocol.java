package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The AWS wire protocols, told apart by what the request carries, each with its real error shape so the SDK
 * maps errors to typed exceptions: AWS JSON 1.0/1.1 ({@code __type} in the body), REST-JSON
 * ({@code x-amzn-ErrorType} header), query ({@code ErrorResponse/Error}), EC2 ({@code Response/Errors/Error})
 * and S3's REST-XML ({@code Error}).
 */
public enum WireProtocol {
    AWS_JSON,
    REST_JSON,
    QUERY,
    EC2,
    REST_XML;

    private static final Set<String> REST_XML_SERVICES = Set.of("s3", "cloudfront", "route53");

    /** The protocol a request speaks: the SDK chose it from the service model, so the request shows it. */
    public static WireProtocol of(GatewayRequest r) {
        String service = r.service();
        if ("ec2".equals(service)) {
            return EC2;
        }
        if (REST_XML_SERVICES.contains(service)) {
            return r.rawPath().startsWith("/v20180820") ? QUERY : REST_XML; // S3 Control errors are ErrorResponse
        }
        if (r.header("X-Amz-Target") != null) {
            return AWS_JSON;
        }
        if (r.form().containsKey("Action") || r.query().containsKey("Action")) {
            return QUERY;
        }
        return REST_JSON;
    }

    /** The error code and HTTP status this service uses to say "slow down". */
    public GatewayResponse throttling(GatewayRequest r) {
        return switch (this) {
            case AWS_JSON -> error(r, 400, "ThrottlingException", "Rate exceeded");
            case REST_JSON -> error(r, 429, "ThrottlingException", "Rate exceeded");
            case QUERY -> error(r, 400, "Throttling", "Rate exceeded");
            case EC2 -> error(r, 503, "RequestLimitExceeded", "Request limit exceeded.");
            case REST_XML -> error(r, 503, "SlowDown", "Please reduce your request rate.");
        };
    }

    /** A server-side failure: 500 (internal error) or 503 (service unavailable), in this protocol's words. */
    public GatewayResponse serverError(GatewayRequest r, int status) {
        boolean unavailable = status == 503;
        String code = switch (this) {
            case AWS_JSON, QUERY -> unavailable ? "ServiceUnavailable" : "InternalFailure";
            case REST_JSON -> unavailable ? "ServiceUnavailableException" : "InternalServerException";
            case EC2 -> unavailable ? "Unavailable" : "InternalError";
            case REST_XML -> unavailable ? "ServiceUnavailable" : "InternalError";
        };
        return error(r, status, code, "Injected server error (" + status + ")");
    }

    /** An error with this code and message, shaped as the protocol defines it. */
    public GatewayResponse error(GatewayRequest r, int status, String code, String message) {
        String requestId = UUID.randomUUID().toString();
        return switch (this) {
            case AWS_JSON -> {
                ObjectNode body = GatewayResponse.JSON
                        .createObjectNode()
                        .put("__type", code)
                        .put("message", message);
                yield GatewayResponse.json(status, jsonContentType(r), body, Map.of());
            }
            case REST_JSON ->
                GatewayResponse.json(
                        status,
                        "application/json",
                        GatewayResponse.JSON.createObjectNode().put("message", message),
                        Map.of("x-amzn-ErrorType", code));
            case QUERY ->
                GatewayResponse.of(
                        status,
                        "text/xml",
                        "<ErrorResponse><Error><Type>"
                                + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code + "</Code><Message>"
                                + xml(message) + "</Message></Error><RequestId>" + requestId
                                + "</RequestId></ErrorResponse>",
                        Map.of());
            case EC2 ->
                GatewayResponse.of(
                        status,
                        "text/xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<Response><Errors><Error><Code>" + code + "</Code><Message>" + xml(message)
                                + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>",
                        Map.of());
            case REST_XML ->
                GatewayResponse.of(
                        status,
                        "application/xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<Error><Code>" + code + "</Code><Message>" + xml(message) + "</Message><RequestId>"
                                + requestId
                                + "</RequestId><HostId>" + requestId + "</HostId></Error>",
                        Map.of());
        };
    }

    /** The JSON content type the request used ({@code application/x-amz-json-1.0} or {@code -1.1}). */
    static String jsonContentType(GatewayRequest r) {
        String type = r.header("Content-Type");
        return type != null && type.startsWith("application/x-amz-json-1.0")
                ? "application/x-amz-json-1.0"
                : "application/x-amz-json-1.1";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

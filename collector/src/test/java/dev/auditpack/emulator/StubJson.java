package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading request bodies and writing timestamps the way AWS JSON protocols do. */
final class StubJson {

    private StubJson() {}

    /** The request body as JSON; an empty body reads as an empty object. */
    static JsonNode body(GatewayRequest request) throws IOException {
        if (request.body().length == 0) {
            return MissingNode.getInstance();
        }
        return GatewayResponse.JSON.readTree(request.body());
    }

    /** A string member, or null when absent. */
    static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static List<String> texts(JsonNode node, String member) {
        List<String> values = new ArrayList<>();
        node.path(member).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** AWS JSON 1.0/1.1's default timestamp format: epoch seconds, as a number with milliseconds. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }
}

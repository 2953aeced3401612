package dev.auditpack.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;

/**
 * Turns SDK response objects into JSON using the SDK's own field model, so the evidence holds every
 * member AWS returned under its API member name (e.g. {@code MinimumPasswordLength}), and nothing else.
 * Members AWS did not return are left out rather than written as defaults.
 */
public final class SdkJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {}

    /** The JSON form of any value found in an SDK model. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof SdkPojo pojo) {
            ObjectNode node = NODES.objectNode();
            for (SdkField<?> field : pojo.sdkFields()) {
                Object member = field.getValueOrDefault(pojo);
                if (member == null || isAutoConstructEmpty(member)) {
                    continue;
                }
                node.set(field.memberName(), toJson(member));
            }
            return node;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
            return node;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Short s) {
            return NODES.numberNode(s);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(new BigDecimal(f.toString()));
        }
        if (value instanceof Double d) {
            return NODES.numberNode(BigDecimal.valueOf(d));
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Instant t) {
            return NODES.textNode(t.toString());
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
        }
        if (value instanceof Document doc) {
            return documentToJson(doc);
        }
        return NODES.textNode(value.toString());
    }

    private static JsonNode documentToJson(Document doc) {
        if (doc.isNull()) {
            return NODES.nullNode();
        }
        if (doc.isString()) {
            return NODES.textNode(doc.asString());
        }
        if (doc.isBoolean()) {
            return NODES.booleanNode(doc.asBoolean());
        }
        if (doc.isNumber()) {
            return NODES.numberNode(doc.asNumber().bigDecimalValue());
        }
        if (doc.isList()) {
            ArrayNode array = NODES.arrayNode();
            doc.asList().forEach(d -> array.add(documentToJson(d)));
            return array;
        }
        ObjectNode node = NODES.objectNode();
        doc.asMap().forEach((k, v) -> node.set(k, documentToJson(v)));
        return node;
    }

    /** The SDK fills lists and maps AWS did not send with "auto construct" empties; those were not returned. */
    private static boolean isAutoConstructEmpty(Object member) {
        return member instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>
                || member instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>;
    }
}

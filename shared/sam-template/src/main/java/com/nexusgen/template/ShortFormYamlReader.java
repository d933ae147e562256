package com.nexusgen.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * Reads CloudFormation YAML into a Jackson tree, turning the short-form intrinsic tags
 * ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...}) into the JSON forms
 * ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": ...}}).
 *
 * <p>Jackson's YAML parser drops unknown tags when it builds a tree, so the tree is built here token by
 * token, asking the parser for the tag ({@link YAMLParser#getTypeId()}) of every value it starts.
 */
final class ShortFormYamlReader {

    /** Short-form tag (without the {@code !}) → key of the JSON form. */
    private static final Map<String, String> INTRINSICS = Map.ofEntries(
            Map.entry("Ref", "Ref"),
            Map.entry("Condition", "Condition"),
            Map.entry("GetAtt", "Fn::GetAtt"),
            Map.entry("Sub", "Fn::Sub"),
            Map.entry("Join", "Fn::Join"),
            Map.entry("Select", "Fn::Select"),
            Map.entry("Split", "Fn::Split"),
            Map.entry("If", "Fn::If"),
            Map.entry("Equals", "Fn::Equals"),
            Map.entry("And", "Fn::And"),
            Map.entry("Or", "Fn::Or"),
            Map.entry("Not", "Fn::Not"),
            Map.entry("FindInMap", "Fn::FindInMap"),
            Map.entry("Base64", "Fn::Base64"),
            Map.entry("Cidr", "Fn::Cidr"),
            Map.entry("ImportValue", "Fn::ImportValue"),
            Map.entry("GetAZs", "Fn::GetAZs"),
            // AWS::LanguageExtensions transform
            Map.entry("Length", "Fn::Length"),
            Map.entry("ToJsonString", "Fn::ToJsonString"),
            Map.entry("ForEach", "Fn::ForEach"));

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShortFormYamlReader() {
    }

    static JsonNode read(String yaml, String sourceName) {
        return read(new StringReader(yaml), sourceName);
    }

    static JsonNode read(Reader yaml, String sourceName) {
        try (YAMLParser parser = (YAMLParser) YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new TemplateException(sourceName + " is empty");
            }
            JsonNode root = readValue(parser, sourceName);
            if (parser.nextToken() != null) {
                throw new TemplateException(sourceName + " holds more than one YAML document");
            }
            return root;
        } catch (IOException e) {
            throw new TemplateException("Cannot parse " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readValue(YAMLParser parser, String sourceName) throws IOException {
        // the tag belongs to the token the parser stands on; read it before moving on
        String tag = parser.getTypeId();
        JsonLocation location = parser.currentTokenLocation();
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, sourceName);
            case START_ARRAY -> readArray(parser, sourceName);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new TemplateException(
                    "Unexpected YAML token " + parser.currentToken() + " in " + sourceName + at(location));
        };
        return tag == null ? value : applyTag(tag, value, sourceName, location);
    }

    /** The smallest integer node that holds the value, as Jackson's own tree reader does (IntNode for 29). */
    private static JsonNode integer(YAMLParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private static ObjectNode readObject(YAMLParser parser, String sourceName) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (object.has(field)) {
                // CloudFormation rejects duplicate keys; silently keeping the last one hides mistakes
                throw new TemplateException(
                        "Duplicate key '" + field + "' in " + sourceName + at(parser.currentTokenLocation()));
            }
            object.set(field, readValue(parser, sourceName));
        }
        return object;
    }

    private static ArrayNode readArray(YAMLParser parser, String sourceName) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, sourceName));
        }
        return array;
    }

    private static JsonNode applyTag(String tag, JsonNode value, String sourceName, JsonLocation location) {
        if (tag.startsWith("tag:yaml.org,2002:")) {
            return value; // standard YAML tags (!!str, !!int, ...): the parser has applied them already
        }
        String key = INTRINSICS.get(tag);
        if (key == null) {
            throw new TemplateException("Unknown YAML tag !" + tag + " in " + sourceName + at(location));
        }
        JsonNode argument = "GetAtt".equals(tag) && value.isTextual() ? splitGetAtt(value.asText()) : value;
        ObjectNode intrinsic = NODES.objectNode();
        intrinsic.set(key, argument);
        return intrinsic;
    }

    /** {@code !GetAtt Resource.Attr.Sub} → {@code ["Resource", "Attr.Sub"]}: the logical id never contains a dot. */
    private static JsonNode splitGetAtt(String text) {
        int dot = text.indexOf('.');
        ArrayNode parts = NODES.arrayNode();
        if (dot < 0) {
            return parts.add(text); // invalid, but leave it to the resolver/validator to say so
        }
        return parts.add(text.substring(0, dot)).add(text.substring(dot + 1));
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

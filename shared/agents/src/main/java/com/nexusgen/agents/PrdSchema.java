package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The versioned contract of the Architect's output (schemas/prd-v1.json). Every Architect, Bedrock
 * or offline, is held to it; the Bedrock one gets it as its output tool's schema.
 */
public final class PrdSchema {
    public static final String VERSION = "prd/v1";
    private static final String RESOURCE = "/schemas/prd-v1.json";
    private static final JsonSchema SCHEMA = load();

    private PrdSchema() {
    }

    /** The schema's validation messages for {@code prd}; empty when it is valid. */
    public static List<String> problems(JsonNode prd) {
        return SCHEMA.validate(prd).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The schema as JSON text (for a model's tool definition). */
    public static String json() {
        try (InputStream in = PrdSchema.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = PrdSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SAM/CloudFormation template, read once: the whole tree in JSON form ({@link #raw()}), and typed views
 * of the parts the local platform runs (parameters, functions with their HTTP routes, the HTTP API's
 * authorizers and CORS, tables).
 *
 * <p>The typed views keep intrinsic functions as nodes wherever CloudFormation allows them in practice
 * (environment values, issuer, origins, ...); {@link LocalResolver} evaluates them.
 */
public final class SamTemplate {

    static final String FUNCTION = "AWS::Serverless::Function";
    static final String HTTP_API = "AWS::Serverless::HttpApi";
    static final String TABLE = "AWS::DynamoDB::Table";

    private final JsonNode root;
    private final String source;

    private SamTemplate(JsonNode root, String source) {
        if (!root.isObject()) {
            throw new TemplateException(source + " is not a template: its top level is not a mapping");
        }
        if (!root.path("Resources").isObject()) {
            throw new TemplateException(source + " has no Resources section");
        }
        this.root = root;
        this.source = source;
    }

    /** Reads a YAML (or JSON: YAML is a superset) template, short-form intrinsics included. */
    public static SamTemplate load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new SamTemplate(ShortFormYamlReader.read(reader, path.toString()), path.toString());
        } catch (IOException e) {
            throw new TemplateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a template from text; handy for tests and templates embedded in resources. */
    public static SamTemplate parse(String yaml) {
        return new SamTemplate(ShortFormYamlReader.read(yaml, "<inline template>"), "<inline template>");
    }

    /** Converts YAML with short-form tags into its JSON form without requiring a full template. */
    public static JsonNode parseYaml(String yaml) {
        return ShortFormYamlReader.read(yaml, "<inline yaml>");
    }

    /** The whole template in JSON form (a copy: the template itself stays unchanged). */
    public JsonNode raw() {
        return root.deepCopy();
    }

    /** Where the template was read from, for messages. */
    public String source() {
        return source;
    }

    /** Read-only access for the resolver, without copying. */
    JsonNode section(String name) {
        return root.path(name);
    }

    /** The {@code Parameters} section, in template order. */
    public Map<String, TemplateParameter> parameters() {
        Map<String, TemplateParameter> parameters = new LinkedHashMap<>();
        root.path("Parameters").properties().forEach(entry -> {
            JsonNode declaration = entry.getValue();
            String type = declaration.path("Type").asText("String");
            List<String> allowed = new ArrayList<>();
            declaration.path("AllowedValues").forEach(value -> allowed.add(value.asText()));
            Optional<String> pattern = Optional.ofNullable(declaration.get("AllowedPattern")).map(JsonNode::asText);
            TemplateParameter withoutDefault =
                    new TemplateParameter(entry.getKey(), type, Optional.empty(), allowed, pattern);
            JsonNode defaultNode = declaration.get("Default");
            Optional<JsonNode> defaultValue = Optional.ofNullable(defaultNode).map(value -> value.isArray()
                    ? textArray(value) // not valid CloudFormation, but the intent is plain
                    : withoutDefault.valueOf(value.asText()));
            parameters.put(entry.getKey(), new TemplateParameter(entry.getKey(), type, defaultValue, allowed, pattern));
        });
        return Collections.unmodifiableMap(parameters);
    }

    /** Logical id → resource type, in template order. */
    public Map<String, String> resourceTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        root.path("Resources").properties()
                .forEach(entry -> types.put(entry.getKey(), entry.getValue().path("Type").asText()));
        return Collections.unmodifiableMap(types);
    }

    /** The resource's type, if the template declares it. */
    public Optional<String> resourceType(String logicalId) {
        JsonNode type = root.path("Resources").path(logicalId).path("Type");
        return type.isTextual() ? Optional.of(type.asText()) : Optional.empty();
    }

    /** The resource's {@code Properties} (a copy), if the template declares it. */
    public Optional<JsonNode> resourceProperties(String logicalId) {
        JsonNode resource = root.path("Resources").path(logicalId);
        return resource.isObject() ? Optional.of(resource.path("Properties").deepCopy()) : Optional.empty();
    }

    /** Every {@code AWS::Serverless::Function}, with {@code Globals.Function} applied. */
    public List<FunctionDefinition> functions() {
        JsonNode globals = root.path("Globals").path("Function");
        List<FunctionDefinition> functions = new ArrayList<>();
        resourcesOfType(FUNCTION).forEach((logicalId, resource) -> {
            JsonNode own = resource.path("Properties");
            JsonNode merged = GlobalsMerge.merge(globals, own);
            String where = "Resources." + logicalId + ".Properties.";
            Map<String, JsonNode> environment = new LinkedHashMap<>();
            merged.path("Environment").path("Variables").properties()
                    .forEach(variable -> environment.put(variable.getKey(), variable.getValue()));
            functions.add(new FunctionDefinition(
                    logicalId,
                    literalText(merged, "Handler", where).map(Handler::parse),
                    merged.path("CodeUri").isTextual() ? Optional.of(merged.path("CodeUri").asText()) : Optional.empty(),
                    literalText(merged, "Runtime", where),
                    literalInt(merged, "MemorySize", where),
                    literalInt(merged, "Timeout", where),
                    environment,
                    httpApiEvents(own.path("Events"), where + "Events."),
                    merged));
        });
        return List.copyOf(functions);
    }

    /** One function by logical id. */
    public Optional<FunctionDefinition> function(String logicalId) {
        return functions().stream().filter(function -> function.logicalId().equals(logicalId)).findFirst();
    }

    /** The template's only {@code AWS::Serverless::HttpApi}; empty when there is none. */
    public Optional<HttpApiDefinition> httpApi() {
        List<HttpApiDefinition> apis = httpApis();
        if (apis.size() > 1) {
            throw new TemplateException(source + " declares " + apis.size() + " HTTP APIs; use httpApis()");
        }
        return apis.stream().findFirst();
    }

    /** Every {@code AWS::Serverless::HttpApi}, with {@code Globals.HttpApi} applied. */
    public List<HttpApiDefinition> httpApis() {
        JsonNode globals = root.path("Globals").path("HttpApi");
        List<HttpApiDefinition> apis = new ArrayList<>();
        resourcesOfType(HTTP_API).forEach((logicalId, resource) -> {
            JsonNode properties = GlobalsMerge.merge(globals, resource.path("Properties"));
            JsonNode auth = properties.path("Auth");
            Map<String, JwtAuthorizer> authorizers = new LinkedHashMap<>();
            auth.path("Authorizers").properties().forEach(entry -> {
                JsonNode jwt = entry.getValue().path("JwtConfiguration");
                if (jwt.isObject()) {
                    JsonNode identity = entry.getValue().path("IdentitySource");
                    authorizers.put(entry.getKey(), new JwtAuthorizer(entry.getKey(),
                            identity.isTextual() ? Optional.of(identity.asText()) : Optional.empty(),
                            jwt.path("issuer"), jwt.path("audience")));
                }
            });
            JsonNode cors = properties.path("CorsConfiguration");
            Optional<CorsConfiguration> corsConfiguration = cors.isObject()
                    ? Optional.of(CorsConfiguration.of(cors))
                    : cors.asBoolean(false) ? Optional.of(CorsConfiguration.allowAll()) : Optional.empty();
            JsonNode defaultAuthorizer = auth.path("DefaultAuthorizer");
            apis.add(new HttpApiDefinition(logicalId,
                    defaultAuthorizer.isTextual() ? Optional.of(defaultAuthorizer.asText()) : Optional.empty(),
                    authorizers, corsConfiguration, properties));
        });
        return List.copyOf(apis);
    }

    /** Every {@code AWS::DynamoDB::Table}, with its properties unresolved. */
    public List<TableResource> tables() {
        List<TableResource> tables = new ArrayList<>();
        resourcesOfType(TABLE).forEach((logicalId, resource) ->
                tables.add(new TableResource(logicalId, resource.path("Properties").deepCopy())));
        return List.copyOf(tables);
    }

    private Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> matching = new LinkedHashMap<>();
        root.path("Resources").properties().forEach(entry -> {
            if (type.equals(entry.getValue().path("Type").asText())) {
                matching.put(entry.getKey(), entry.getValue());
            }
        });
        return matching;
    }

    private static List<HttpApiEvent> httpApiEvents(JsonNode events, String where) {
        List<HttpApiEvent> result = new ArrayList<>();
        events.properties().forEach(entry -> {
            if (!"HttpApi".equals(entry.getValue().path("Type").asText())) {
                return;
            }
            JsonNode properties = entry.getValue().path("Properties");
            String location = where + entry.getKey() + ".Properties.";
            // SAM: without Method/Path the event is the API's catch-all route
            String method = literalText(properties, "Method", location).orElse("ANY").toUpperCase(java.util.Locale.ROOT);
            String path = literalText(properties, "Path", location).orElse("$default");
            Optional<String> authorizer = literalText(properties.path("Auth"), "Authorizer", location + "Auth.");
            boolean disabled = authorizer.filter("NONE"::equals).isPresent();
            JsonNode apiId = properties.path("ApiId");
            result.add(new HttpApiEvent(entry.getKey(), method, path, disabled,
                    authorizer.filter(name -> !"NONE".equals(name)),
                    apiId.isMissingNode() ? Optional.empty() : Optional.of(apiId)));
        });
        return result;
    }

    /** A property the local platform needs literally (a handler class, a route path): an intrinsic is an error. */
    private static Optional<String> literalText(JsonNode properties, String field, String where) {
        JsonNode value = properties.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new TemplateException(where + field + " must be a literal value for the local platform, not " + value);
        }
        return Optional.of(value.asText());
    }

    private static Optional<Integer> literalInt(JsonNode properties, String field, String where) {
        return literalText(properties, field, where).map(text -> {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                throw new TemplateException(where + field + " is not a whole number: " + text);
            }
        });
    }

    private static ArrayNode textArray(JsonNode values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(value -> array.add(TextNode.valueOf(value.asText())));
        return array;
    }

    /**
     * SAM's rules for applying {@code Globals}: scalars are replaced by the resource's value, mappings are
     * merged key by key (the resource wins), lists are concatenated (globals first); where either side is an
     * intrinsic function, the resource's value wins as a whole.
     */
    static final class GlobalsMerge {

        private GlobalsMerge() {
        }

        static JsonNode merge(JsonNode global, JsonNode local) {
            if (global.isMissingNode() || global.isNull()) {
                return local.isMissingNode() ? JsonNodeFactory.instance.objectNode() : local.deepCopy();
            }
            if (local.isMissingNode() || local.isNull()) {
                return global.deepCopy();
            }
            if (global.isObject() && local.isObject()
                    && !Intrinsics.isIntrinsic(global) && !Intrinsics.isIntrinsic(local)) {
                ObjectNode merged = global.deepCopy();
                local.properties().forEach(entry ->
                        merged.set(entry.getKey(), merge(global.path(entry.getKey()), entry.getValue())));
                return merged;
            }
            if (global.isArray() && local.isArray()) {
                ArrayNode merged = global.deepCopy();
                merged.addAll((ArrayNode) local.deepCopy());
                return merged;
            }
            return local.deepCopy();
        }
    }
}

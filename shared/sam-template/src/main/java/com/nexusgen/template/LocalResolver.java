package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Evaluates a template's intrinsic functions the way CloudFormation would for a stack deployed on this
 * machine: parameters from overrides or defaults, resources by their local physical names, pseudo parameters
 * with local values, conditions from the template's {@code Conditions}.
 *
 * <p>Supported: {@code Ref}, {@code Fn::Sub}, {@code Fn::GetAtt}, {@code Fn::Join}, {@code Fn::Select},
 * {@code Fn::Split}, {@code Fn::If}, {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not},
 * {@code Fn::FindInMap}, {@code Fn::Base64}, {@code Fn::GetAZs}. Anything else, and any name nothing defines,
 * fails with a {@link TemplateResolutionException} naming the intrinsic and where it is.
 *
 * <p>Physical names: given ones win; otherwise a resource's own name property (e.g. {@code TableName}) is
 * used when it has one. Everything is evaluated once in {@link Builder#build()}, so an instance is immutable
 * and safe to share.
 */
public final class LocalResolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_VALUE = "AWS::NoValue";

    private final SamTemplate template;
    private final Map<String, TemplateParameter> declaredParameters;
    private final Map<String, JsonNode> parameterValues;
    private final Map<String, String> givenNames;
    private final Map<String, JsonNode> givenAttributes;
    private final Map<String, JsonNode> pseudoParameters;
    private final ResourceKinds.Place place;

    /** Conditions and derived names, evaluated once while building; a failure is kept and thrown when used. */
    private final Map<String, Supplier<Boolean>> conditions = new HashMap<>();
    private final Map<String, Supplier<String>> derivedNames = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private LocalResolver(Builder builder) {
        this.template = builder.template;
        this.place = new ResourceKinds.Place(builder.partition, builder.region, builder.accountId, builder.urlSuffix);
        this.givenNames = Map.copyOf(builder.names);
        this.givenAttributes = Map.copyOf(builder.attributes);
        this.pseudoParameters = Map.of(
                "AWS::Region", TextNode.valueOf(builder.region),
                "AWS::AccountId", TextNode.valueOf(builder.accountId),
                "AWS::StackName", TextNode.valueOf(builder.stackName),
                "AWS::StackId", TextNode.valueOf("arn:" + builder.partition + ":cloudformation:" + builder.region
                        + ":" + builder.accountId + ":stack/" + builder.stackName + "/00000000-0000-0000-0000-000000000000"),
                "AWS::Partition", TextNode.valueOf(builder.partition),
                "AWS::URLSuffix", TextNode.valueOf(builder.urlSuffix),
                "AWS::NotificationARNs", NODES.arrayNode());
        this.declaredParameters = template.parameters();
        this.parameterValues = parameterValues(template, declaredParameters, builder.parameters);
        template.section("Conditions").fieldNames().forEachRemaining(name ->
                conditions.put(name, memo(() -> evaluateCondition(name))));
        template.resourceTypes().forEach((logicalId, type) -> ResourceKinds.nameProperty(type)
                .filter(property -> template.section("Resources").path(logicalId).path("Properties").has(property))
                .ifPresent(property -> derivedNames.put(logicalId, memo(() -> deriveName(logicalId, property)))));
        // evaluate everything now: afterwards nothing changes, and a template mistake shows at start-up
        conditions.values().forEach(LocalResolver::quietly);
        derivedNames.values().forEach(LocalResolver::quietly);
    }

    public static Builder builder(SamTemplate template) {
        return new Builder(template);
    }

    /** Resolves every intrinsic in a node; the location names the node in messages. */
    public JsonNode resolve(JsonNode node) {
        return resolve(node, "<node>");
    }

    /**
     * Resolves every intrinsic in a node.
     *
     * @param location where the node sits in the template (e.g. {@code Resources.Table.Properties}), for messages
     * @return a new node; {@link MissingNode} when the node is, or resolves to, {@code !Ref AWS::NoValue}
     * @throws TemplateResolutionException naming the intrinsic and its location when it cannot be evaluated
     */
    public JsonNode resolve(JsonNode node, String location) {
        if (node == null || node.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (Intrinsics.isIntrinsic(node)) {
            String function = node.fieldNames().next();
            return evaluate(function, node.get(function), location);
        }
        if (node.isObject()) {
            ObjectNode resolved = NODES.objectNode();
            node.properties().forEach(field -> {
                JsonNode value = resolve(field.getValue(), location + "." + field.getKey());
                if (!value.isMissingNode()) {
                    resolved.set(field.getKey(), value);
                }
            });
            return resolved;
        }
        if (node.isArray()) {
            ArrayNode resolved = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = resolve(node.get(i), location + "[" + i + "]");
                if (!value.isMissingNode()) {
                    resolved.add(value);
                }
            }
            return resolved;
        }
        return node;
    }

    /** Resolves a node that must yield a single string (numbers and booleans are written as text). */
    public String resolveText(JsonNode node, String location) {
        JsonNode value = resolve(node, location);
        if (!value.isValueNode() || value.isNull()) {
            throw new TemplateResolutionException(describe(node), location, "expected a string, got " + value);
        }
        return value.asText();
    }

    /** Resolves a node that must yield a list of strings (a lone string counts as a list of one). */
    public List<String> resolveTextList(JsonNode node, String location) {
        JsonNode value = resolve(node, location);
        if (value.isValueNode() && !value.isNull()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new TemplateResolutionException(describe(node), location, "expected a list of strings, got " + value);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isValueNode()) {
                throw new TemplateResolutionException(describe(node), location, "list holds a non-string " + element);
            }
            texts.add(element.asText());
        }
        return List.copyOf(texts);
    }

    /** The value of one of the template's {@code Conditions}. */
    public boolean condition(String name) {
        Supplier<Boolean> condition = conditions.get(name);
        if (condition == null) {
            throw new TemplateResolutionException("Condition", name, "the template declares no such condition");
        }
        return condition.get();
    }

    /** The physical name of a resource: a given one, else the resource's own name property. */
    public String physicalName(String logicalId) {
        return physicalName(logicalId, "Ref", logicalId);
    }

    /** A parameter's value (override or default) in the shape {@code Ref} yields, if it has one. */
    public Optional<JsonNode> parameterValue(String name) {
        return Optional.ofNullable(parameterValues.get(name)).map(JsonNode::deepCopy);
    }

    public String region() {
        return place.region();
    }

    public String accountId() {
        return place.accountId();
    }

    public String partition() {
        return place.partition();
    }

    // ---- intrinsic functions ------------------------------------------------------------------------------

    private JsonNode evaluate(String function, JsonNode argument, String location) {
        return switch (function) {
            case "Ref" -> ref(text(function, argument, location), location);
            case "Fn::GetAtt" -> getAtt(argument, location);
            case "Fn::Sub" -> sub(argument, location);
            case "Fn::Join" -> join(arguments(function, argument, 2, location), location);
            case "Fn::Select" -> select(arguments(function, argument, 2, location), location);
            case "Fn::Split" -> split(arguments(function, argument, 2, location), location);
            case "Fn::If" -> {
                JsonNode branches = arguments(function, argument, 3, location);
                boolean chosen = condition(text(function, branches.get(0), location), function, location);
                yield resolve(branches.get(chosen ? 1 : 2), location + "." + function + "[" + (chosen ? 1 : 2) + "]");
            }
            case "Fn::Equals" -> {
                JsonNode operands = arguments(function, argument, 2, location);
                JsonNode left = resolve(operands.get(0), location + ".Fn::Equals[0]");
                JsonNode right = resolve(operands.get(1), location + ".Fn::Equals[1]");
                // CloudFormation compares the values as strings: "1" equals 1
                boolean equal = left.isValueNode() && right.isValueNode()
                        ? left.asText().equals(right.asText()) : left.equals(right);
                yield BooleanNode.valueOf(equal);
            }
            case "Fn::And", "Fn::Or" -> {
                if (!argument.isArray() || argument.size() < 2 || argument.size() > 10) {
                    throw new TemplateResolutionException(function, location, "takes a list of 2 to 10 conditions");
                }
                boolean and = "Fn::And".equals(function);
                boolean result = and;
                for (int i = 0; i < argument.size(); i++) {
                    boolean value = bool(argument.get(i), location + "." + function + "[" + i + "]");
                    result = and ? result && value : result || value;
                }
                yield BooleanNode.valueOf(result);
            }
            case "Fn::Not" -> BooleanNode.valueOf(
                    !bool(arguments(function, argument, 1, location).get(0), location + ".Fn::Not[0]"));
            case "Fn::FindInMap" -> findInMap(argument, location);
            case "Fn::Base64" -> TextNode.valueOf(Base64.getEncoder().encodeToString(
                    resolveText(argument, location + ".Fn::Base64").getBytes(StandardCharsets.UTF_8)));
            case "Fn::GetAZs" -> {
                String region = resolveText(argument, location + ".Fn::GetAZs");
                String zonesOf = region.isEmpty() ? place.region() : region;
                yield NODES.arrayNode().add(zonesOf + "a").add(zonesOf + "b").add(zonesOf + "c");
            }
            default -> throw new TemplateResolutionException(function, location,
                    "not supported by the local platform (supported: Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::Select, "
                            + "Fn::Split, Fn::If, Fn::Equals, Fn::And, Fn::Or, Fn::Not, Fn::FindInMap, Fn::Base64, Fn::GetAZs)");
        };
    }

    private JsonNode ref(String name, String location) {
        if (NO_VALUE.equals(name)) {
            return MissingNode.getInstance();
        }
        JsonNode pseudo = pseudoParameters.get(name);
        if (pseudo != null) {
            return pseudo.deepCopy();
        }
        if (name.startsWith("AWS::")) {
            throw new TemplateResolutionException("Ref", location, "unknown pseudo parameter " + name);
        }
        if (declaredParameters.containsKey(name)) {
            JsonNode value = parameterValues.get(name);
            if (value == null) {
                throw new TemplateResolutionException("Ref", location,
                        "parameter " + name + " has no default and no override was given");
            }
            return value.deepCopy();
        }
        Optional<String> type = template.resourceType(name);
        String physical = physicalName(name, "Ref", location);
        return TextNode.valueOf(type.map(t -> ResourceKinds.ref(t, physical, place)).orElse(physical));
    }

    private JsonNode getAtt(JsonNode argument, String location) {
        String resource;
        String attribute;
        if (argument.isTextual() && argument.asText().contains(".")) {
            String text = argument.asText();
            resource = text.substring(0, text.indexOf('.'));
            attribute = text.substring(text.indexOf('.') + 1);
        } else {
            JsonNode parts = arguments("Fn::GetAtt", argument, 2, location);
            resource = text("Fn::GetAtt", parts.get(0), location);
            attribute = resolveText(parts.get(1), location + ".Fn::GetAtt[1]");
        }
        return TextNode.valueOf(attribute(resource, attribute, "Fn::GetAtt", location));
    }

    private String attribute(String resource, String attribute, String function, String location) {
        JsonNode given = givenAttributes.get(resource + "." + attribute);
        if (given != null) {
            return given.asText();
        }
        Optional<String> type = template.resourceType(resource);
        if (type.isEmpty()) {
            throw new TemplateResolutionException(function, location, "unknown resource " + resource
                    + " (give the attribute a value with attribute(\"" + resource + "\", \"" + attribute + "\", ...))");
        }
        String physical = physicalName(resource, function, location);
        return ResourceKinds.attribute(type.get(), attribute, physical, place).orElseThrow(() ->
                new TemplateResolutionException(function, location, "no local value for " + resource + "." + attribute
                        + " (" + type.get() + "); give it one with attribute(\"" + resource + "\", \"" + attribute
                        + "\", ...)"));
    }

    private JsonNode sub(JsonNode argument, String location) {
        String text;
        Map<String, String> variables = new HashMap<>();
        if (argument.isTextual()) {
            text = argument.asText();
        } else {
            JsonNode parts = arguments("Fn::Sub", argument, 2, location);
            text = text("Fn::Sub", parts.get(0), location);
            if (!parts.get(1).isObject()) {
                throw new TemplateResolutionException("Fn::Sub", location, "the second element must be a map of variables");
            }
            parts.get(1).properties().forEach(variable -> variables.put(variable.getKey(),
                    resolveText(variable.getValue(), location + ".Fn::Sub[1]." + variable.getKey())));
        }
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (true) {
            int start = text.indexOf("${", position);
            if (start < 0) {
                result.append(text, position, text.length());
                return TextNode.valueOf(result.toString());
            }
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new TemplateResolutionException("Fn::Sub", location, "unclosed ${ in '" + text + "'");
            }
            result.append(text, position, start);
            String name = text.substring(start + 2, end);
            if (name.startsWith("!")) {
                result.append("${").append(name, 1, name.length()).append('}'); // ${!Literal} → ${Literal}
            } else {
                result.append(subVariable(name, variables, location));
            }
            position = end + 1;
        }
    }

    private String subVariable(String name, Map<String, String> variables, String location) {
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        if (name.contains(".") && !givenNames.containsKey(name)) {
            return attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1),
                    "Fn::Sub", location);
        }
        JsonNode value = ref(name, location);
        if (!value.isValueNode()) {
            throw new TemplateResolutionException("Fn::Sub", location,
                    "${" + name + "} is a list; Fn::Sub can only insert strings (use Fn::Join)");
        }
        return value.asText();
    }

    private JsonNode join(JsonNode arguments, String location) {
        String delimiter = text("Fn::Join", arguments.get(0), location);
        List<String> parts = resolveTextList(arguments.get(1), location + ".Fn::Join[1]");
        return TextNode.valueOf(String.join(delimiter, parts));
    }

    private JsonNode select(JsonNode arguments, String location) {
        String indexText = resolveText(arguments.get(0), location + ".Fn::Select[0]");
        JsonNode list = resolve(arguments.get(1), location + ".Fn::Select[1]");
        int index;
        try {
            index = Integer.parseInt(indexText.trim());
        } catch (NumberFormatException e) {
            throw new TemplateResolutionException("Fn::Select", location, "index '" + indexText + "' is not a number");
        }
        if (!list.isArray() || index < 0 || index >= list.size()) {
            throw new TemplateResolutionException("Fn::Select", location, "index " + index + " is outside " + list);
        }
        return list.get(index);
    }

    private JsonNode split(JsonNode arguments, String location) {
        String delimiter = text("Fn::Split", arguments.get(0), location);
        String source = resolveText(arguments.get(1), location + ".Fn::Split[1]");
        ArrayNode parts = NODES.arrayNode();
        for (String part : source.split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    private JsonNode findInMap(JsonNode argument, String location) {
        if (!argument.isArray() || argument.size() < 3) {
            throw new TemplateResolutionException("Fn::FindInMap", location, "takes [MapName, TopLevelKey, SecondLevelKey]");
        }
        String map = resolveText(argument.get(0), location + ".Fn::FindInMap[0]");
        String top = resolveText(argument.get(1), location + ".Fn::FindInMap[1]");
        String second = resolveText(argument.get(2), location + ".Fn::FindInMap[2]");
        JsonNode value = template.section("Mappings").path(map).path(top).path(second);
        if (value.isMissingNode()) {
            throw new TemplateResolutionException("Fn::FindInMap", location,
                    "Mappings has no " + map + "." + top + "." + second);
        }
        return value.deepCopy();
    }

    // ---- conditions and names ------------------------------------------------------------------------------

    private boolean condition(String name, String function, String location) {
        if (!conditions.containsKey(name)) {
            throw new TemplateResolutionException(function, location, "the template declares no condition " + name);
        }
        return condition(name);
    }

    private boolean evaluateCondition(String name) {
        if (!inProgress.add("condition " + name)) {
            throw new TemplateResolutionException("Condition", "Conditions." + name, "refers to itself");
        }
        try {
            return bool(template.section("Conditions").get(name), "Conditions." + name);
        } finally {
            inProgress.remove("condition " + name);
        }
    }

    /** A condition operand: {@code {"Condition": "Name"}} or a condition function. */
    private boolean bool(JsonNode node, String location) {
        if (node.isObject() && node.size() == 1 && node.has("Condition")) {
            return condition(text("Condition", node.get("Condition"), location), "Condition", location);
        }
        JsonNode value = resolve(node, location);
        if (!value.isBoolean()) {
            throw new TemplateResolutionException(describe(node), location, "expected a condition, got " + value);
        }
        return value.asBoolean();
    }

    private String physicalName(String logicalId, String function, String location) {
        String given = givenNames.get(logicalId);
        if (given != null) {
            return given;
        }
        Supplier<String> derived = derivedNames.get(logicalId);
        if (derived != null) {
            return derived.get();
        }
        if (template.resourceType(logicalId).isPresent()) {
            throw new TemplateResolutionException(function, location, "resource " + logicalId
                    + " has no name property and no local physical name was given (use resource(\"" + logicalId
                    + "\", name))");
        }
        throw new TemplateResolutionException(function, location,
                "no parameter, pseudo parameter or resource named " + logicalId);
    }

    private String deriveName(String logicalId, String property) {
        if (!inProgress.add("name " + logicalId)) {
            throw new TemplateResolutionException("Ref", "Resources." + logicalId, "the resource's name refers to itself");
        }
        try {
            String location = "Resources." + logicalId + ".Properties." + property;
            return resolveText(template.section("Resources").path(logicalId).path("Properties").get(property), location);
        } finally {
            inProgress.remove("name " + logicalId);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private JsonNode arguments(String function, JsonNode argument, int count, String location) {
        if (!argument.isArray() || argument.size() != count) {
            throw new TemplateResolutionException(function, location, "takes a list of " + count + " arguments, got " + argument);
        }
        return argument;
    }

    /** An argument that must be a literal string or an intrinsic yielding one. */
    private String text(String function, JsonNode argument, String location) {
        if (argument.isTextual()) {
            return argument.asText();
        }
        if (Intrinsics.isIntrinsic(argument)) {
            return resolveText(argument, location + "." + function);
        }
        throw new TemplateResolutionException(function, location, "expected a string argument, got " + argument);
    }

    private static String describe(JsonNode node) {
        return Intrinsics.isIntrinsic(node) ? node.fieldNames().next() : "value";
    }

    private static Map<String, JsonNode> parameterValues(
            SamTemplate template, Map<String, TemplateParameter> declared, Map<String, String> overrides) {
        overrides.keySet().stream().filter(name -> !declared.containsKey(name)).findFirst().ifPresent(name -> {
            throw new TemplateException("Parameter override " + name + " is not declared in " + template.source()
                    + " (declared: " + declared.keySet() + ")");
        });
        Map<String, JsonNode> values = new LinkedHashMap<>();
        declared.forEach((name, parameter) -> {
            Optional<JsonNode> value = Optional.ofNullable(overrides.get(name)).map(parameter::valueOf)
                    .or(parameter::defaultValue);
            value.ifPresent(v -> {
                parameter.check(v);
                values.put(name, v);
            });
        });
        return values;
    }

    /** Evaluates on first use and remembers the value, or the failure, for every later use. */
    private static <T> Supplier<T> memo(Supplier<T> computation) {
        return new Supplier<>() {
            private T value;
            private RuntimeException failure;
            private boolean done;

            @Override
            public T get() {
                if (!done) {
                    try {
                        value = computation.get();
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    done = true;
                }
                if (failure != null) {
                    throw failure;
                }
                return value;
            }
        };
    }

    /** Build-time evaluation: failures are remembered by the memo and surface where the value is used. */
    private static void quietly(Supplier<?> supplier) {
        try {
            supplier.get();
        } catch (RuntimeException ignored) {
            // reported when (and only if) the condition or name is actually needed
        }
    }

    /** Collects parameter overrides, physical names, attribute values and pseudo parameter values. */
    public static final class Builder {

        private final SamTemplate template;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, JsonNode> attributes = new LinkedHashMap<>();
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private String stackName = "nexusgen-local";
        private String partition = "aws";
        private String urlSuffix = "amazonaws.com";

        private Builder(SamTemplate template) {
            this.template = template;
        }

        /** A parameter value as CloudFormation takes it: a string, lists comma-separated. */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        public Builder parameters(Map<String, String> values) {
            parameters.putAll(values);
            return this;
        }

        /** The physical name of a resource (what {@code Ref} yields for most types), e.g. Table → nexusgen-local. */
        public Builder resource(String logicalId, String physicalName) {
            names.put(logicalId, physicalName);
            return this;
        }

        public Builder resources(Map<String, String> physicalNames) {
            names.putAll(physicalNames);
            return this;
        }

        /** The value of {@code Fn::GetAtt logicalId.attribute} (and {@code ${logicalId.attribute}} in Fn::Sub). */
        public Builder attribute(String logicalId, String attribute, String value) {
            attributes.put(logicalId + "." + attribute, TextNode.valueOf(value));
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        public Builder stackName(String value) {
            this.stackName = value;
            return this;
        }

        public Builder partition(String value) {
            this.partition = value;
            return this;
        }

        public Builder urlSuffix(String value) {
            this.urlSuffix = value;
            return this;
        }

        /**
         * @throws TemplateException when an override names an undeclared parameter or a value breaks
         *                           {@code AllowedValues}/{@code AllowedPattern}
         */
        public LocalResolver build() {
            return new LocalResolver(this);
        }
    }
}

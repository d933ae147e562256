package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS's official SAM JSON schema (draft-04, {@code ../shared/schemas/sam.schema.json}) as a validator
 * that never touches the network.
 *
 * <p>The schema picks a resource's (and an event's) kind with an {@code anyOf} over every kind, so a single
 * mistake in a function comes back once per kind: "Type is not AWS::Serverless::StateMachine, Handler is not
 * a StateMachine property, ...". {@link #validate(JsonNode)} drops the branches whose own {@code Type} does
 * not match (the kinds the resource plainly is not), leaving the message that names the real mistake.
 */
final class SamSchema {

    private final JsonSchema schema;

    private SamSchema(JsonNode schemaJson) {
        // Offline by construction: the draft-04 meta-schema comes from the validator's jar (it maps
        // json-schema.org to its classpath itself), and any other http(s) IRI is refused instead of fetched.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> !isRemote(iri.toString())))));
        this.schema = factory.getSchema(schemaJson, SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .locale(Locale.ENGLISH)
                .build());
    }

    static SamSchema load(Path schemaFile) throws IOException {
        return new SamSchema(new ObjectMapper().readTree(schemaFile.toFile()));
    }

    /** The repository's copy: {@code <root>/../shared/schemas/sam.schema.json}. */
    static Path besideRepository(Path repositoryRoot) {
        return repositoryRoot.resolve("../shared/schemas/sam.schema.json").normalize();
    }

    /**
     * Every schema violation in a template (JSON form) as {@code Resources.X.Properties.Y: what is wrong};
     * empty when the template is valid.
     */
    List<String> validate(JsonNode template) {
        Set<ValidationMessage> messages = schema.validate(template);

        // anyOf branch → whether it is a kind the instance is not (the branch's own Type check failed)
        Map<Branch, Boolean> wrongKind = new HashMap<>();
        for (ValidationMessage message : messages) {
            for (Branch branch : Branch.of(message)) {
                wrongKind.merge(branch, branch.checksOwnType(message), Boolean::logicalOr);
            }
        }
        // an anyOf where every failing branch is a wrong kind: the instance is of no known kind; say so
        Set<String> noKindMatched = new HashSet<>();
        wrongKind.keySet().forEach(branch -> noKindMatched.add(branch.anyOf()));
        wrongKind.forEach((branch, wrong) -> {
            if (!wrong) {
                noKindMatched.remove(branch.anyOf());
            }
        });

        Set<String> relevant = new LinkedHashSet<>();
        Map<String, List<String>> unknownKinds = new LinkedHashMap<>(); // Type location → the kinds it is not
        for (ValidationMessage message : messages) {
            Optional<Branch> wrong = Branch.of(message).stream()
                    .filter(branch -> wrongKind.getOrDefault(branch, false)).findFirst();
            if (wrong.isEmpty()) {
                relevant.add(text(message));
            } else if (noKindMatched.contains(wrong.get().anyOf()) && wrong.get().checksOwnType(message)) {
                unknownKinds.computeIfAbsent(location(message), key -> new ArrayList<>()).add(kind(message));
            }
        }
        unknownKinds.forEach((location, kinds) ->
                relevant.add(location + ": is none of the known kinds: " + String.join(", ", kinds)));
        return new ArrayList<>(relevant);
    }

    private static String text(ValidationMessage message) {
        return message.getMessage().replaceFirst("^\\$\\.", "");
    }

    private static String location(ValidationMessage message) {
        return message.getInstanceLocation().toString().replaceFirst("^\\$\\.", "");
    }

    /** What an own-Type check wanted: the enumeration's value, or the pattern (for "any other resource"). */
    private static String kind(ValidationMessage message) {
        String text = text(message);
        int bracket = text.indexOf('[');
        return bracket >= 0 ? text.substring(bracket + 1, text.lastIndexOf(']')).replace("\"", "")
                : "a type matching " + text.substring(text.lastIndexOf(' ') + 1);
    }

    /**
     * One branch of an anyOf/oneOf as applied to one instance: the same schema branch applied to two resources
     * is two branches.
     *
     * @param anyOf    the anyOf's evaluation path plus the instance it applies to
     * @param index    the branch's index
     * @param depth    how many segments of the instance location lead to the instance
     */
    private record Branch(String anyOf, int index, int depth) {

        /** Walks the evaluation path, following which schema keywords step into the instance. */
        static List<Branch> of(ValidationMessage message) {
            JsonNodePath evaluation = message.getEvaluationPath();
            JsonNodePath instance = message.getInstanceLocation();
            List<Branch> branches = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < evaluation.getNameCount(); i++) {
                Object element = evaluation.getElement(i);
                path.append('/').append(element);
                switch (String.valueOf(element)) {
                    case "properties", "patternProperties" -> {
                        if (i + 1 < evaluation.getNameCount()) {
                            path.append('/').append(evaluation.getElement(++i));
                            depth++;
                        }
                    }
                    case "additionalProperties", "items", "additionalItems" -> depth++;
                    case "anyOf", "oneOf" -> {
                        if (i + 1 < evaluation.getNameCount()) {
                            int index = Integer.parseInt(String.valueOf(evaluation.getElement(++i)));
                            branches.add(new Branch(path + " @ " + prefix(instance, depth), index, depth));
                            path.append('/').append(index);
                        }
                    }
                    default -> {
                        // $ref, allOf and its index, not: the instance stays where it is
                    }
                }
            }
            return branches;
        }

        /** The message is this branch's check of its instance's own {@code Type} (its kind). */
        boolean checksOwnType(ValidationMessage message) {
            JsonNodePath instance = message.getInstanceLocation();
            return ("enum".equals(message.getType()) || "pattern".equals(message.getType()))
                    && instance.getNameCount() == depth + 1
                    && "Type".equals(String.valueOf(instance.getElement(depth)));
        }

        private static String prefix(JsonNodePath instance, int depth) {
            StringBuilder prefix = new StringBuilder("$");
            for (int i = 0; i < Math.min(depth, instance.getNameCount()); i++) {
                prefix.append('/').append(instance.getElement(i));
            }
            return prefix.toString();
        }
    }

    private static boolean isRemote(String iri) {
        return iri.startsWith("http:") || iri.startsWith("https:");
    }
}

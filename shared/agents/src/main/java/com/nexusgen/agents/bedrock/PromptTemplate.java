package com.nexusgen.agents.bedrock;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt with {@code {{name}}} placeholders, from {@code src/main/resources/prompts/}. Rendering is
 * strict both ways: a placeholder without a value, or a value without a placeholder, throws, so a
 * template and the code that fills it cannot drift apart unnoticed. Values are inserted as they are,
 * in one pass: braces in a person's text are never expanded.
 */
public final class PromptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

    private final String name;
    private final String text;
    private final Set<String> placeholders;

    public PromptTemplate(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        this.placeholders = Collections.unmodifiableSet(found);
    }

    /** The template {@code prompts/{name}} on the classpath. */
    public static PromptTemplate load(String name) {
        return new PromptTemplate(name, BundledText.read("/prompts/" + name));
    }

    public String name() {
        return name;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** The text with every placeholder replaced by its value. */
    public String render(Map<String, String> values) {
        Set<String> missing = new TreeSet<>(placeholders);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the prompt " + name + " needs a value for " + String.join(", ", missing));
        }
        Set<String> unused = new TreeSet<>(values.keySet());
        unused.removeAll(placeholders);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("the prompt " + name + " has no placeholder for " + String.join(", ", unused));
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String value = Objects.requireNonNull(values.get(matcher.group(1)),
                    () -> "the prompt " + name + " got null for " + matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text of a template without placeholders (a system prompt). */
    public String render() {
        return render(Map.of());
    }
}

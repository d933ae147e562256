package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code large-inline-asset}: a {@code data:} URI longer than 10 KB written into a source file (an image or
 * font pasted as base64). It bloats the JavaScript/CSS that must be parsed before the page renders, is
 * re-downloaded with every code change, and cannot be cached or lazy-loaded on its own.
 */
public final class LargeInlineAsset extends AbstractRule {

    static final int LIMIT = 10 * 1024;

    public LargeInlineAsset() {
        super("large-inline-asset", Finding.Severity.LOW, Finding.Category.PERFORMANCE,
                "data: URIs over 10 KB inlined in source files.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        String text = file.text();
        int at = text.indexOf("data:");
        while (at >= 0) {
            int end = uriEnd(text, at);
            if (end > 0 && end - at > LIMIT) {
                String mediaType = text.substring(at + 5, Math.min(text.indexOf(',', at), at + 80)).split(";")[0];
                findings.add(at(file, at, "a " + (end - at) / 1024 + " KB data: URI"
                                + (mediaType.isEmpty() ? "" : " (" + mediaType + ")") + " is embedded in the source",
                        "Save it as a file under src/assets/ (or public/) and import or reference its URL, "
                                + "so it is fetched and cached separately."));
            }
            at = text.indexOf("data:", Math.max(end, at + 5));
        }
        return findings;
    }

    /** The end of a {@code data:[type][;param]*,payload} URI at {@code start}, or -1 when it is not one. */
    private static int uriEnd(String text, int start) {
        int i = start + 5;
        int headerLimit = Math.min(text.length(), i + 200);
        while (i < headerLimit && text.charAt(i) != ',') {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '/' || c == '+' || c == '.' || c == '-' || c == ';' || c == '='
                    || c == '_')) {
                return -1;
            }
            i++;
        }
        if (i >= headerLimit) {
            return -1;
        }
        i++;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`' || c == ')' || c == '<' || c == '>' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return i;
    }
}

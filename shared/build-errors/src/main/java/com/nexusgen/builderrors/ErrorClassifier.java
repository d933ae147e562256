package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;

import java.util.Map;

/**
 * Classifies one error a build tool reported into a leaf of the build-error taxonomy (seed NexusGen §3.4.1) and
 * names the facts its message states. {@link BuildLogParser} uses it for every error it reads; other parts of the
 * platform use it for a single (tool, code, message), e.g. an error a preview's browser console reported.
 *
 * <p>What decides, in order:
 * <ol>
 *   <li>a TypeScript code ({@code TS2304}): {@link TscDiagnostics}' table, refined by the message (a bare module
 *       specifier is a missing dependency, an assignment that fails only on {@code null} is type.null, ...);</li>
 *   <li>the runner's limits ({@code tool = runner}, {@code code = limit=timeout|output|dist});</li>
 *   <li>an npm code ({@code ERESOLVE}, {@code ETARGET}, {@code E404}, ...): {@link NpmCodes};</li>
 *   <li>the message itself: {@link MessageRules}, whichever tool printed it (node, vite, rollup, esbuild, vitest);</li>
 *   <li>a node error code alone ({@code ENOENT}, {@code ERR_MODULE_NOT_FOUND}) when the message said nothing known;</li>
 *   <li>otherwise unknown.</li>
 * </ol>
 */
public final class ErrorClassifier {

    private ErrorClassifier() {
    }

    /** The taxonomy leaf for an error; never null (unknown when nothing is recognised). */
    public static ErrorKind classify(String tool, String code, String message) {
        return classification(tool, code, message).kind();
    }

    /** The facts the message states, by the names {@link BuildError#facts()} documents. */
    public static Map<String, String> facts(String tool, String code, String message) {
        return classification(tool, code, message).facts();
    }

    /** A classified error, for callers that have a tool's report but no log. */
    public static BuildError error(String tool, String file, int line, int column, String code, String message) {
        Classification c = classification(tool, code, message);
        return new BuildError(tool == null ? "unknown" : tool, file, Math.max(0, line), Math.max(0, column), code,
                ParseContext.clip(message), c.kind(), c.facts());
    }

    static Classification classification(String tool, String code, String message) {
        String text = message == null ? "" : message;
        if (TscDiagnostics.isTscCode(code)) {
            return TscDiagnostics.classify(code, text, null, false);
        }
        if ("runner".equals(tool) && code != null && code.startsWith("limit=")) {
            return RunnerLimitReader.classify(code, text);
        }
        if (code != null && NpmCodes.known(code) && ("npm".equals(tool) || !MessageRules.classify(text).known())) {
            Classification npm = NpmCodes.classify(code, text);
            if (npm != null) {
                return npm;
            }
        }
        Classification byMessage = MessageRules.classify(text);
        if (byMessage.known() || code == null || code.isBlank()) {
            return byMessage;
        }
        Classification byCode = MessageRules.classify(code);
        return byCode.known() ? byCode : byMessage;
    }
}

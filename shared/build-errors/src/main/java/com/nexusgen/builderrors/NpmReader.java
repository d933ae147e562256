package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * npm's error blocks: every line prefixed {@code npm error} (npm 10 and later) or {@code npm ERR!} (npm 9 and
 * earlier), the first naming the code ({@code npm error code ERESOLVE}). A block is read as a whole: its code picks the
 * leaf through {@link NpmCodes}; a numeric code (an install script's exit status) is a native build failure when
 * gyp, a compiler or an install script in a dependency failed; otherwise the block's text decides. npm's warnings are
 * skipped except ENOSPC: npm reports a full disk while extracting packages as warnings and then exits 0, leaving
 * empty files behind (seen here: {@code npm ci} on a full tmpfs "added 109 packages" and the build "passed").
 */
final class NpmReader implements LogReader {

    private static final Pattern PREFIX = Pattern.compile("^npm (?:error|ERR!)(?: |$)");
    private static final Pattern CODE = Pattern.compile("^code (?<code>\\S+)\\s*$");
    private static final Pattern META = Pattern.compile("^(?:syscall|errno|path|command|signal|code) .*|^A complete log of this run.*"
            + "|^For a full report see:.*|.*[/\\\\]_logs[/\\\\].*|^[{}].*|^Log files were not written.*"
            + "|^You can rerun the command with.*|^gyp info .*|^make: (?:Entering|Leaving) directory.*|^\\s*(?:CXX|CC|LINK|SOLINK_MODULE)\\(target\\).*"
            + "|^gyp ERR! (?:System|command|cwd|node -v|node-gyp -v|not ok|\\$npm_package).*|^\\s*$");
    private static final Pattern TAG = Pattern.compile("^(?:notarget|network|JSON\\.parse|enoent|404\\s+(?=\\S)(?!Not Found))\\s*");
    private static final Pattern COMPILER_ERROR = Pattern.compile(".*(?:fatal )?error: .*|^gyp ERR! stack Error: .*|^gyp ERR! (?:find|configure|build) .*");
    private static final Pattern NATIVE = Pattern.compile("gyp ERR!|node-pre-gyp|prebuild-install|node-gyp|cmake-js|\\bmake: \\*\\*\\*|compilation terminated");
    private static final Pattern DEPENDENCY_PATH = Pattern.compile("(?m)^path (?<path>\\S.*)$");
    private static final Pattern WARN = Pattern.compile("^npm (?:warn|WARN) ");
    private static final Pattern NOTICE = Pattern.compile("^npm notice(?: |$)");
    private static final Pattern DUMP = Pattern.compile("^\\s{2,}\\w+: .*$");
    private static final Pattern WARN_PREFIX = Pattern.compile("^npm (?:warn|WARN) (?:tar )?");
    private static final Pattern PACKAGE_NAME = Pattern.compile("\\$npm_package_name (\\S+)");
    private static final Pattern STATUS = Pattern.compile("\\d{3}");
    private static final Pattern USAGE = Pattern.compile("^(?:Usage:|Clean install a project|Run \"npm help).*");

    @Override
    public void read(ParseContext context, LogSection section) {
        boolean diskFullReported = false;
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (!line.startsWith("npm ")) {
                continue;
            }
            if (PREFIX.matcher(line).find()) {
                i = readBlock(context, section, i) - 1;
            } else if (line.contains("ENOSPC") && WARN.matcher(line).lookingAt()) {
                context.claim(i, i + 1);
                // npm warns once per file it could not write: thousands of lines, one error.
                if (diskFullReported) {
                    continue;
                }
                diskFullReported = true;
                String message = WARN_PREFIX.matcher(line).replaceFirst("");
                context.report(i, context.error("npm", null, 0, 0, "ENOSPC", message,
                        ErrorClassifier.classification("npm", "ENOSPC", message)));
            }
        }
    }

    /** A block: consecutive npm error lines; npm 9 leaves a blank line before its last ("A complete log..."). */
    private static int readBlock(ParseContext context, LogSection section, int from) {
        List<String> body = new ArrayList<>();
        int j = from;
        int end = from;
        while (j < section.to() && context.free(j)) {
            String l = context.line(j);
            Matcher p = PREFIX.matcher(l);
            if (p.find()) {
                body.add(l.substring(p.end()));
                end = j + 1;
            } else if (NOTICE.matcher(l).find()) {
                // npm interleaves its update notices and warnings with the error it is printing.
                end = j + 1;
            } else if (!l.isBlank()) {
                break;
            }
            j++;
        }
        context.claim(from, end);
        if (body.stream().allMatch(l -> META.matcher(l.strip()).matches())) {
            // Only npm's epilogue ("A complete log of this run..."), cut from its error by notices: nothing to report.
            return Math.max(end, from + 1);
        }
        String code = null;
        for (String l : body) {
            Matcher c = CODE.matcher(l.strip());
            if (c.matches()) {
                code = c.group("code");
                break;
            }
        }
        String all = String.join("\n", body);
        String message = message(body, code);
        Classification c = classify(code, all, message, context.paths().relativize(firstPath(all)), section);
        Finding.Weight weight = c.kind() == ErrorKind.UNKNOWN && ("ELIFECYCLE".equals(code) || all.contains("Lifecycle script"))
                ? Finding.Weight.WRAPPER : Finding.Weight.PRIMARY;
        context.report(from, context.error("npm", fileOf(c), 0, 0, code, message, c), weight);
        return Math.max(end, from + 1);
    }

    private static String fileOf(Classification c) {
        String path = c.facts().get(Facts.PATH);
        return "package.json".equals(path) ? path : null;
    }

    private static Classification classify(String code, String all, String message, String path, LogSection section) {
        if (code != null && NpmCodes.known(code)) {
            Classification c = NpmCodes.classify(code, all);
            if (c != null) {
                return c;
            }
        }
        if (isNativeFailure(all, path, section)) {
            Map<String, String> facts = new LinkedHashMap<>();
            String module = dependencyOf(path, all);
            if (module != null) {
                facts.put(Facts.MODULE, module);
            }
            return new Classification(ErrorKind.DEPENDENCY_NATIVE, facts);
        }
        Classification byText = MessageRules.classify(all);
        return byText.known() ? byText : new Classification(ErrorKind.UNKNOWN, byText.facts());
    }

    /**
     * A failed command inside a dependency (its path is not the app root) during install, or any gyp/compiler
     * failure, is a native module that would not build: install scripts exist almost only to compile or fetch
     * binaries.
     */
    private static boolean isNativeFailure(String all, String path, LogSection section) {
        if (NATIVE.matcher(all).find()) {
            return true;
        }
        boolean commandFailed = all.contains("command failed");
        boolean inDependency = path != null && (path.startsWith("node_modules/") || !(path.isEmpty() || "package.json".equals(path)));
        boolean installing = "install".equals(section.stage()) || (section.command() != null
                && (section.command().contains("npm ci") || section.command().contains("npm install") || section.command().contains("npm i ")));
        return commandFailed && (inDependency || installing);
    }

    private static String dependencyOf(String path, String all) {
        Matcher name = PACKAGE_NAME.matcher(all);
        if (name.find()) {
            return name.group(1);
        }
        if (path == null) {
            return null;
        }
        int at = path.lastIndexOf("node_modules/");
        if (at >= 0) {
            return ModuleSpecifier.packageName(path.substring(at + "node_modules/".length()));
        }
        return null;
    }

    private static String firstPath(String all) {
        Matcher m = DEPENDENCY_PATH.matcher(all);
        return m.find() ? m.group("path").strip() : null;
    }

    /**
     * The lines of a block worth reading: npm's tags, paths to its debug logs, stack frames, object dumps, gyp's
     * progress and usage text dropped. For a native failure the compiler's own error comes first.
     */
    static String message(List<String> body, String code) {
        List<String> lines = new ArrayList<>();
        String compilerError = null;
        for (String raw : body) {
            if (DUMP.matcher(raw).matches()) {
                continue;
            }
            String l = raw.strip();
            if (USAGE.matcher(l).matches()) {
                break;
            }
            if (META.matcher(l).matches() || l.startsWith("at ") || CODE.matcher(l).matches()) {
                continue;
            }
            l = TAG.matcher(l).replaceFirst("");
            if (l.isEmpty() || STATUS.matcher(l).matches() || lines.contains(l)) {
                continue;
            }
            if (compilerError == null && COMPILER_ERROR.matcher(l).matches() && !l.startsWith("npm")) {
                compilerError = l;
            }
            lines.add(l);
        }
        if (compilerError != null) {
            lines.remove(compilerError);
            lines.add(0, compilerError);
        }
        if (lines.isEmpty()) {
            return code == null ? "npm failed" : "npm error " + code;
        }
        return String.join("\n", lines.subList(0, Math.min(lines.size(), 8)));
    }
}

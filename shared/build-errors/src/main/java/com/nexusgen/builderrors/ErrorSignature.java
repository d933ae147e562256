package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorCategory;
import com.nexusgen.domain.builds.ErrorKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix memory's key for an error: what went wrong with everything that belongs to one project abstracted away.
 * Two errors that differ only in file, line, column, hashes, numbers, string literals or the project's own names get
 * the same signature; different causes get different ones. Names that mean the same everywhere and decide the fix
 * ({@code useState}, {@code react-router-dom}, {@code string}) are kept (see {@link KnownNames}), and so is every
 * package name in a dependency error: {@code dependency.missing npm E404: ... 'left-pad@<v>'} is fixed the same way
 * in any project.
 *
 * <pre>
 * runtime.import tsc TS2304: Cannot find name 'useState'.
 * type.missing-property tsc TS2551: Property '&lt;id&gt;' does not exist on type '&lt;id&gt;'. Did you mean '&lt;id&gt;'?
 * dependency.version npm ETARGET: ETARGET: No matching version found for react-router-dom@&lt;v&gt;.
 * </pre>
 * Signatures are deterministic, contain no tenant data, and are at most {@value #MAX_LENGTH} characters.
 */
public final class ErrorSignature {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_TEXT_LENGTH = 1000;

    private static final Pattern URL = Pattern.compile("\\b(?:https?|git\\+https?|git\\+ssh|ssh|file)://[^\\s'\"`]+|\\bgit@[\\w.-]+:[^\\s'\"`]+");
    /** Quoted source a tool shows as context ("while parsing near '...'") is the project's text, not the error's. */
    private static final Pattern CONTEXT = Pattern.compile("\\s+(?:while parsing near|near) (?:\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?).*$");
    private static final Pattern TARGET = Pattern.compile("^(?:es\\d{1,4}|ES\\d{1,4}|esnext|ESNext|node\\d*|nodenext|NodeNext)$");
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w@/.<-])(?:[A-Za-z]:)?(?:\\.{1,2}/|/)(?:[\\w.@+~-]+/)*[\\w.@+~-]+/?"
                    + "|(?<![\\w@/.<-])[\\w.@+~-]+(?:/[\\w.@+~-]+)+\\.[A-Za-z]\\w{0,4}\\b"
                    + "|\\b[\\w.-]+\\.(?:tsx?|jsx?|mjs|cjs|mts|cts|css|scss|json|html|svg|png|jpe?g|vue|node)\\b");
    private static final Pattern ASSET = Pattern.compile("\\b[\\w-]+-[A-Za-z0-9_-]{8}\\.(?:js|css|mjs)\\b");
    private static final Pattern HASH = Pattern.compile("\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{7,}\\b");
    private static final Pattern HOST = Pattern.compile("\\b(?:[a-z0-9-]+\\.)+[a-z]{2,}\\b");
    private static final Pattern ENV = Pattern.compile("\\b(?:VITE|REACT_APP|NEXT_PUBLIC|PUBLIC|NODE)_[A-Z0-9_]+\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_.<$])\\d+(?:\\.\\d+)*");
    private static final Pattern SUBJECT = Pattern.compile("^((?:[A-Z]\\w*Error: )?)([\\w$.\\[\\]]+)( is not (?:defined|a function|a constructor|iterable|callable)\\b)");
    private static final Pattern VERSIONED = Pattern.compile("((?:@[\\w.-]+/)?[\\w.-]+)@(?:\"[^\"]*\"|[\\^~<>=]*(?:\\d|x\\b|\\*|latest|next)[\\w.+*-]*?)(?=\\.?(?:[\\s,;:)'\"]|$))");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$-]*");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;|\\{'.'\\}");
    private static final Pattern EXTENSION = Pattern.compile(
            "\\.(?:tsx?|jsx?|mjs|cjs|mts|cts|css|scss|sass|less|json|html|svg|png|jpe?g|gif|webp|ico|vue|node|txt|md|mp4|woff2?)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TYPE_PUNCTUATION = Pattern.compile("[|<>{}\\[\\]();:=&,*/\\\\]");

    private ErrorSignature() {
    }

    /** The short, normalized signature ({@value #MAX_LENGTH} characters at most). */
    public static String of(BuildError error) {
        StringBuilder head = new StringBuilder(error.kind().wireName()).append(' ').append(error.tool());
        if (error.code() != null && !error.code().isBlank()) {
            head.append(' ').append(normalize(error.code(), error.kind()));
        }
        head.append(": ");
        String first = clip(error.message().lines().findFirst().orElse(""), 600);
        String normalized = normalize(first, error.kind());
        String signature = head + normalized + dependencyFacts(error, normalized);
        return signature.length() <= MAX_LENGTH ? signature : signature.substring(0, MAX_LENGTH).stripTrailing();
    }

    /**
     * A dependency error is fixed per package: the package (and for a peer conflict the peer) go into the signature
     * when the message's first line does not name them.
     */
    private static String dependencyFacts(BuildError error, String firstLine) {
        if (error.category() != ErrorCategory.DEPENDENCY) {
            return "";
        }
        StringBuilder facts = new StringBuilder();
        String module = error.fact(Facts.MODULE);
        if (module != null && ModuleSpecifier.isBare(module) && !firstLine.contains(module)) {
            facts.append(" [").append(module).append(']');
        }
        String peer = error.fact(Facts.PEER);
        if (peer != null && !firstLine.contains(peer)) {
            Matcher versioned = VERSIONED.matcher(peer);
            facts.append(" [peer ").append(versioned.lookingAt() ? versioned.group(1) : peer).append(']');
        }
        return facts.toString();
    }

    /**
     * A longer normalized text for embedding: the signature's parts, the whole message, and the facts (abstracted
     * the same way), at most a thousand characters.
     */
    public static String text(BuildError error) {
        StringBuilder text = new StringBuilder();
        text.append(error.kind().wireName()).append(" (").append(error.category().wireName()).append(") ")
                .append(error.tool());
        if (error.code() != null) {
            text.append(' ').append(normalize(error.code(), error.kind()));
        }
        String message = String.join(" / ", clip(error.message(), 2000).lines().map(String::strip).toList());
        text.append(": ").append(normalize(message, error.kind()));
        if (error.file() != null) {
            String name = error.file().substring(error.file().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                text.append(" [file type ").append(name.substring(dot + 1)).append(']');
            }
        }
        for (String fact : Facts.ALL) {
            String value = error.fact(fact);
            if (value != null) {
                text.append(" [").append(fact).append(' ').append(quoted(clip(value, 300), error.kind())).append(']');
            }
        }
        String s = text.toString();
        return s.length() <= MAX_TEXT_LENGTH ? s : s.substring(0, MAX_TEXT_LENGTH).stripTrailing();
    }

    /** Only the start of a long text can reach a short signature; normalizing the rest would only cost time. */
    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** Abstracts one line of a message. Quoted parts are judged as a whole; the rest by shape. */
    static String normalize(String message, ErrorKind kind) {
        String text = URL.matcher(CONTEXT.matcher(message).replaceFirst(" near <text>")).replaceAll("<url>");
        StringBuilder out = new StringBuilder();
        int i = 0;
        int plainStart = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isQuote(c) && opens(text, i)) {
                int close = closing(text, i);
                if (close > i) {
                    out.append(plain(text.substring(plainStart, i), kind));
                    out.append(c).append(quoted(text.substring(i + 1, close), kind)).append(text.charAt(close));
                    i = close + 1;
                    plainStart = i;
                    continue;
                }
            }
            i++;
        }
        out.append(plain(text.substring(plainStart), kind));
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`';
    }

    /** An apostrophe inside a word ("doesn't") opens nothing. */
    private static boolean opens(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static int closing(String text, int open) {
        char quote = text.charAt(open);
        for (int j = open + 1; j < text.length(); j++) {
            if (text.charAt(j) == quote && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static String plain(String segment, ErrorKind kind) {
        if (segment.isEmpty()) {
            return segment;
        }
        String s = segment;
        Matcher subject = SUBJECT.matcher(s.stripLeading());
        if (subject.find() && !KnownNames.contains(subject.group(2))) {
            s = subject.replaceFirst("$1<id>$3");
        }
        s = ASSET.matcher(s).replaceAll("<asset>");
        s = PATH.matcher(s).replaceAll(m -> AppPaths.TOP_LEVEL_FILES.contains(m.group()) ? m.group() : "<path>");
        s = ENV.matcher(s).replaceAll("<env>");
        if (kind == ErrorKind.NETWORK) {
            // A registry or proxy host may be a tenant's own; the failure is the same whatever the host.
            s = HOST.matcher(s).replaceAll("<host>");
        }
        if (kind.category() == ErrorCategory.DEPENDENCY || kind == ErrorKind.NETWORK) {
            s = VERSIONED.matcher(s).replaceAll("$1@<v>");
        }
        s = HASH.matcher(s).replaceAll("<hash>");
        s = NUMBER.matcher(s).replaceAll("<n>");
        return s;
    }

    /** A quoted part: kept when it is a known name or a package in a dependency error, else abstracted by shape. */
    static String quoted(String content, ErrorKind kind) {
        String c = content.strip();
        if (c.isEmpty() || KnownNames.contains(c) || TARGET.matcher(c).matches() || AppPaths.TOP_LEVEL_FILES.contains(c)
                || c.startsWith("npm ") || c.startsWith("npx ") || ENTITY.matcher(c).matches()) {
            return c;
        }
        if (URL.matcher(c).matches()) {
            return "<url>";
        }
        Matcher versioned = VERSIONED.matcher(c);
        if (versioned.matches() && ModuleSpecifier.looksLikePackage(versioned.group(1))) {
            return packageOrModule(versioned.group(1), kind) + "@<v>";
        }
        if (ModuleSpecifier.isBare(c) && c.contains("/") && ModuleSpecifier.looksLikePackage(c) && !hasExtension(c)) {
            return packageOrModule(c, kind);
        }
        if (c.startsWith("./") || c.startsWith("../") || c.startsWith("/") || c.startsWith("@/") || c.startsWith("~/")
                || c.startsWith("file:") || (c.contains("/") && hasExtension(c)) || AppPaths.isAbsolute(c)
                || hasExtension(c) && !c.contains(" ")) {
            return "<path>";
        }
        if (c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            return "<n>";
        }
        if (kind.category() == ErrorCategory.DEPENDENCY && ModuleSpecifier.looksLikePackage(c)) {
            return c;
        }
        if (c.contains(" ") && !TYPE_PUNCTUATION.matcher(c).find()) {
            return "<text>";
        }
        return tokens(c, kind);
    }

    private static String packageOrModule(String name, ErrorKind kind) {
        if (kind.category() == ErrorCategory.DEPENDENCY || KnownNames.contains(name)
                || KnownNames.contains(ModuleSpecifier.packageName(name))) {
            return name;
        }
        return "<module>";
    }

    private static boolean hasExtension(String c) {
        return EXTENSION.matcher(c).find();
    }

    /** A type or expression: its names abstracted one by one, its punctuation and nested quotes kept in shape. */
    private static String tokens(String content, ErrorKind kind) {
        if (content.indexOf('"') >= 0 || content.indexOf('\'') >= 0 || content.indexOf('`') >= 0) {
            return normalize(content, kind);
        }
        if (IDENTIFIER.matcher(content).matches()) {
            return "<id>";
        }
        Matcher m = IDENTIFIER.matcher(content);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(NUMBER.matcher(content.substring(last, m.start())).replaceAll("<n>"));
            String name = m.group();
            out.append(keep(name) ? name : "<id>");
            last = m.end();
        }
        out.append(NUMBER.matcher(content.substring(last)).replaceAll("<n>"));
        return out.toString();
    }

    /** Single letters are type parameters (T, K, V), the same in every project. */
    private static boolean keep(String name) {
        return name.length() == 1 || KnownNames.contains(name) || TARGET.matcher(name).matches();
    }
}

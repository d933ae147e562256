package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code secret-literal}: credentials written into the app. Everything in a Vite app's source ends up in a
 * bundle anyone can download, so a key in the source is a leaked key.
 *
 * <p>Two kinds of evidence:
 * <ol>
 *   <li>Tokens with a recognisable shape, searched in the raw text of every file, comments included (a key
 *       in a comment ships and leaks just the same): AWS access key ids, AWS secret keys (40 base64
 *       characters on a line that mentions aws/secret), PEM private keys, GitHub, Stripe live, Slack tokens,
 *       JWTs, {@code Bearer} tokens and {@code scheme://user:password@} URLs.</li>
 *   <li>A string literal given to a credential-like name ({@code password}, {@code apiKey}, {@code secret},
 *       {@code token}, {@code privateKey}, ...; judged by the name's last word so {@code passwordLabel} or
 *       {@code tokenType} do not count) by {@code =}, {@code :} (object properties, JSON) or a comparison
 *       ({@code password === '...'}), including JSX attributes; and such names with a value in .env files.
 *       Here only code counts: comments are masked.</li>
 * </ol>
 * Not a credential (decided so that the rule can block a generation without crying wolf): empty values;
 * values with whitespace (labels, messages: "Enter your password"); placeholders ({@code changeme},
 * {@code your-api-key}, {@code <token>}, {@code xxxx}, {@code example}, {@code ${...}}, ...); paths and
 * URLs; passwords shorter than 6 characters and keys/tokens shorter than 12; for passwords, values made of
 * letters and {@code _-.:} that contain the keyword ({@code 'password'}, {@code 'auth.password'}); for keys
 * and tokens, values whose every part is only letters or only digits ({@code 'auth_token'},
 * {@code 'color-primary-500'}, {@code 'X-CSRF-TOKEN'}): real keys mix them. {@code type="password"} and
 * {@code autoComplete="current-password"} never count: the attribute names are not credential names.
 * Demo credentials ({@code password: 'password123'} in mock data) do count: they ship like any other.
 * The secret itself is never repeated in a message, only its first characters and length.
 */
public final class SecretLiterals extends AbstractRule {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<aws>\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b)"
                    + "|(?<pem>-----BEGIN [A-Z ]{0,30}PRIVATE KEY(?: BLOCK)?-----)"
                    + "|(?<github>\\b(?:gh[pousr]_[A-Za-z0-9]{36,}+|github_pat_[A-Za-z0-9_]{22,}+))"
                    + "|(?<stripe>\\b[sr]k_live_[A-Za-z0-9]{16,}+)"
                    + "|(?<slack>\\bxox[baprs]-[A-Za-z0-9-]{10,}+)"
                    + "|(?<jwt>\\beyJ[A-Za-z0-9_-]{8,}+\\.eyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]*+)"
                    + "|(?<bearer>\\bBearer [A-Za-z0-9._~+/-]{20,}+)");

    private static final Pattern AWS_SECRET = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
    /** Where a token of {@link #TOKENS} can start: its pattern is tried only at these. */
    private static final String[] TOKEN_ANCHORS = {"AKIA", "ASIA", "-----BEGIN ", "ghp_", "gho_", "ghu_", "ghs_",
            "ghr_", "github_pat_", "sk_live_", "rk_live_", "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "eyJ",
            "Bearer "};
    private static final String[] AWS_CONTEXT = {"aws", "Aws", "AWS", "secret", "Secret", "SECRET"};

    /** "key": "value" pairs in JSON (no nested quantifiers over overlapping classes: linear time). */
    private static final Pattern JSON_PAIR = Pattern.compile(
            "\"([^\"\\\\\\n]{1,100}+)\"\\s*+:\\s*+\"((?:[^\"\\\\\\n]|\\\\.)*+)\"");

    private static final Pattern ENV_LINE = Pattern.compile("^\\s*+(?:export\\s++)?([A-Za-z_][A-Za-z0-9_.]*+)\\s*+=(.*)$");

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pwd", "passphrase");
    private static final Set<String> KEY_WORDS = Set.of("secret", "token", "apikey");
    private static final List<String> NAME_KEYWORDS = List.of("password", "passwd", "pwd", "passphrase", "secret",
            "token", "key");
    private static final Set<String> KEY_PAIRS = Set.of("api key", "secret key", "private key", "access key",
            "signing key", "encryption key", "client secret", "access token", "auth token", "refresh token");
    private static final String[] PLACEHOLDER_MARKS = {"changeme", "change-me", "change_me", "your", "example",
            "placeholder", "dummy", "sample", "xxxx", "todo", "replace", "redacted", "<", "{{", "${", "...", "***",
            "\u2022\u2022"};
    private static final Set<String> NOT_VALUES = Set.of("undefined", "null", "none", "false", "true", "empty",
            "string", "required", "hidden", "secret", "password");
    private static final int MIN_PASSWORD = 6;
    private static final int MIN_KEY = 12;

    public SecretLiterals() {
        super("secret-literal", Finding.Severity.CRITICAL, Finding.Category.SECURITY,
                "Hard-coded credentials (cloud keys, tokens, private keys, passwords) in files that ship to the browser.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        // one finding per line is enough to block and to point the Fixer at it; the first reason found wins
        TreeMap<Integer, Finding> byLine = new TreeMap<>();
        shapedTokens(file, byLine);
        awsSecrets(file, byLine);
        urlCredentials(file, byLine);
        switch (file.kind()) {
            case ENV -> envAssignments(file, byLine);
            case JSON -> jsonPairs(file, byLine);
            default -> {
                if (file.hasCode()) {
                    literalAssignments(file, byLine);
                }
            }
        }
        return new ArrayList<>(byLine.values());
    }

    private void shapedTokens(SourceFile file, TreeMap<Integer, Finding> byLine) {
        for (MatchResult m : matches(file.text(), TOKENS, TOKEN_ANCHORS)) {
            String token = m.group();
            if (isPlaceholder(token)) {
                continue;
            }
            String what;
            if (m.group("aws") != null) {
                what = "an AWS access key id";
            } else if (m.group("pem") != null) {
                what = "a private key block";
            } else if (m.group("github") != null) {
                what = "a GitHub token";
            } else if (m.group("stripe") != null) {
                what = "a Stripe live secret key";
            } else if (m.group("slack") != null) {
                what = "a Slack token";
            } else if (m.group("jwt") != null) {
                what = "a JSON Web Token";
            } else {
                what = "a Bearer token";
            }
            report(file, byLine, m.start(), what + " (" + redact(token) + ") is hard-coded");
        }
    }

    private void awsSecrets(SourceFile file, TreeMap<Integer, Finding> byLine) {
        String text = file.text();
        TreeSet<Integer> candidates = new TreeSet<>();
        for (String word : AWS_CONTEXT) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                candidates.add(file.lineOf(at) - 1);
            }
        }
        List<String> lines = file.lines();
        for (int i : candidates) {
            String line = lines.get(i);
            if (line.length() < 40) {
                continue;
            }
            Matcher m = AWS_SECRET.matcher(line);
            while (m.find()) {
                String candidate = m.group();
                if (looksRandom(candidate) && !isPlaceholder(candidate)) {
                    report(file, byLine, file.lineStart(i + 1) + m.start(),
                            "an AWS secret access key (" + redact(candidate) + ") is hard-coded");
                    break;
                }
            }
        }
    }

    /** {@code scheme://user:password@host}: a password in a connection string or URL. */
    private void urlCredentials(SourceFile file, TreeMap<Integer, Finding> byLine) {
        String text = file.text();
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int schemeStart = at;
            while (schemeStart > 0 && at - schemeStart < 20 && Character.isLetterOrDigit(text.charAt(schemeStart - 1))) {
                schemeStart--;
            }
            if (schemeStart == at) {
                continue;
            }
            int i = at + 3;
            int colon = -1;
            int limit = Math.min(text.length(), i + 200);
            while (i < limit) {
                char c = text.charAt(i);
                if (c == '@' || c == '/' || Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`') {
                    break;
                }
                if (c == ':' && colon < 0) {
                    colon = i;
                }
                i++;
            }
            if (i < limit && text.charAt(i) == '@' && colon > at + 3 && colon + 1 < i) {
                String password = text.substring(colon + 1, i);
                if (!isPlaceholder(password) && !NOT_VALUES.contains(password.toLowerCase(Locale.ROOT))
                        && !password.equalsIgnoreCase("pass") && !password.equalsIgnoreCase("pwd")) {
                    report(file, byLine, at, "a URL with an embedded password (" + text.substring(schemeStart, at)
                            + "://…:" + redact(password) + "@…) is hard-coded");
                }
            }
        }
    }

    private void literalAssignments(SourceFile file, TreeMap<Integer, Finding> byLine) {
        String code = file.code();
        for (SourceFile.Literal literal : file.literals()) {
            String value = literal.value();
            if (value.length() < MIN_PASSWORD) {
                continue;
            }
            int op = file.skipSpaceBack(literal.start());
            if (op < 0) {
                continue;
            }
            int beforeOp;
            char c = code.charAt(op);
            if (c == '=') {
                int i = op;
                while (i > 0 && (code.charAt(i - 1) == '=' || code.charAt(i - 1) == '!')) {
                    i--;
                }
                if (i > 0 && "<>+-*/%&|^?".indexOf(code.charAt(i - 1)) >= 0) {
                    continue; // +=, <=, ??=, ...: not a plain assignment or comparison
                }
                beforeOp = i;
            } else if (c == ':') {
                beforeOp = op;
            } else {
                continue;
            }
            String name = nameBefore(file, beforeOp, c == ':');
            if (name == null) {
                continue;
            }
            String why = credentialIn(name, value);
            if (why != null) {
                report(file, byLine, literal.start(), why + " is hard-coded in `" + name + "` (" + redact(value) + ")");
            }
        }
    }

    /**
     * The name a value is given to: an identifier or a quoted key right before {@code =}/{@code :}. For
     * {@code :} it must be an object key (after {@code {} or {@code ,}), not the else branch of {@code ?:}.
     * Steps over a {@code : string} type annotation.
     */
    private static String nameBefore(SourceFile file, int opStart, boolean colon) {
        String code = file.code();
        int end = file.skipSpaceBack(opStart);
        if (end < 0) {
            return null;
        }
        String name;
        int nameStart;
        char c = code.charAt(end);
        if (c == '\'' || c == '"' || c == '`') {
            SourceFile.Literal key = file.literalEndingAt(end + 1);
            if (key == null) {
                return null;
            }
            name = key.value();
            nameStart = key.start();
        } else {
            int e = end;
            if (c == '?' || c == '!') {
                e = file.skipSpaceBack(e);
            }
            int s = e;
            while (s >= 0 && isWordPart(code.charAt(s))) {
                s--;
            }
            if (s == e) {
                return null;
            }
            name = code.substring(s + 1, e + 1);
            nameStart = s + 1;
            if (name.equals("string") && !colon) {
                int annotation = file.skipSpaceBack(nameStart);
                if (annotation >= 0 && code.charAt(annotation) == ':') {
                    return nameBefore(file, annotation, false);
                }
            }
        }
        if (colon) {
            int before = file.skipSpaceBack(nameStart);
            if (before < 0 || (code.charAt(before) != '{' && code.charAt(before) != ',')) {
                return null;
            }
        }
        return name;
    }

    private void jsonPairs(SourceFile file, TreeMap<Integer, Finding> byLine) {
        Matcher m = JSON_PAIR.matcher(file.text());
        while (m.find()) {
            String why = credentialIn(m.group(1), m.group(2));
            if (why != null) {
                report(file, byLine, m.start(2),
                        why + " is hard-coded in \"" + m.group(1) + "\" (" + redact(m.group(2)) + ")");
            }
        }
    }

    private void envAssignments(SourceFile file, TreeMap<Integer, Finding> byLine) {
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ENV_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            String value = envValue(m.group(2));
            String why = credentialIn(name, value);
            if (why != null) {
                String exposure = name.startsWith("VITE_")
                        ? ": Vite copies every VITE_ variable into the browser bundle" : "";
                report(file, byLine, file.lineStart(i + 1), why + " is set in " + name + " (" + redact(value) + ")"
                        + exposure);
            }
        }
    }

    /** A .env value without its quotes or a trailing {@code # comment}. */
    private static String envValue(String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int close = v.indexOf(v.charAt(0), 1);
            return close < 0 ? v.substring(1) : v.substring(1, close);
        }
        int comment = v.indexOf(" #");
        if (comment >= 0) {
            v = v.substring(0, comment);
        }
        return v.startsWith("#") ? "" : v.strip();
    }

    /** What kind of credential {@code value} would be under {@code name}, or null when it is not one. */
    static String credentialIn(String name, String value) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        String pair = words.size() >= 2 ? words.get(words.size() - 2) + " " + last : "";
        boolean password = PASSWORD_WORDS.contains(last);
        boolean key = KEY_WORDS.contains(last) || KEY_PAIRS.contains(pair);
        if (!password && !key) {
            return null;
        }
        if (value.length() < (password ? MIN_PASSWORD : MIN_KEY) || value.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (isPlaceholder(value) || NOT_VALUES.contains(lower) || lower.startsWith("/") || lower.startsWith("./")
                || lower.startsWith("../") || lower.startsWith("http://") || lower.startsWith("https://")
                || lower.startsWith("#") || lower.startsWith("var(") || allSameCharacter(value)) {
            return null;
        }
        if (password ? isNameLike(lower) : isReadable(value)) {
            return null;
        }
        return password ? "a password" : "a secret key or token";
    }

    /** 'auth_token', 'app.session.secret': a storage key or a message id, not a secret. */
    private static boolean isNameLike(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '_' && c != '-' && c != '.' && c != ':') {
                return false;
            }
        }
        String squashed = lower.replace("_", "").replace("-", "");
        for (String keyword : NAME_KEYWORDS) {
            if (squashed.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keys and tokens are random; a value whose every part (between {@code - _ . : /}) is only letters or
     * only digits reads like a name instead: {@code 'color-primary-500'} (a design token),
     * {@code 'X-CSRF-TOKEN'} (a header name), {@code 'session.token'} (a storage key).
     */
    private static boolean isReadable(String value) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '-';
            if (c == '-' || c == '_' || c == '.' || c == ':' || c == '/') {
                if (letters && digits) {
                    return false;
                }
                letters = false;
                digits = false;
            } else if (Character.isLetter(c)) {
                letters = true;
            } else if (Character.isDigit(c)) {
                digits = true;
            } else {
                return false; // +, =, &, ...: not a name
            }
        }
        return true;
    }

    /** Splits {@code apiKey}, {@code API_KEY}, {@code x-api-key}, {@code APIKey} into lower-case words. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            // a capital starts a word after a lower-case letter (apiKey) or before one (APIKey -> api, key)
            boolean boundary = Character.isUpperCase(c) && word.length() > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if (boundary) {
                flush(words, word);
            }
            word.append(Character.toLowerCase(c));
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String mark : PLACEHOLDER_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allSameCharacter(String value) {
        return value.chars().distinct().count() == 1;
    }

    /** Random-looking: upper and lower case letters and digits all present. */
    private static boolean looksRandom(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        return upper && lower && digit;
    }

    /** Enough of a secret to find it, not enough to use it. */
    private static String redact(String secret) {
        int shown = Math.min(4, secret.length() / 4);
        return secret.substring(0, shown) + "…, " + secret.length() + " characters";
    }

    private void report(SourceFile file, TreeMap<Integer, Finding> byLine, int offset, String what) {
        int line = file.lineOf(offset);
        byLine.putIfAbsent(line, onLine(file, line, what,
                "Remove the value from the app and rotate it: keep secrets on the server (call your own API, which "
                        + "holds the key) and read public configuration from import.meta.env.VITE_* set at build time, "
                        + "never committed."));
    }
}

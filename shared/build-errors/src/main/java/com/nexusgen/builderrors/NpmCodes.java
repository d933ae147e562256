package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.nexusgen.domain.builds.ErrorKind.CONFIGURATION;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_MISSING;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_PEER;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_VERSION;
import static com.nexusgen.domain.builds.ErrorKind.NETWORK;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_DISK;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_MEMORY;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_FILE;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_PERMISSION;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_PARSE;

/**
 * npm's error codes ({@code npm error code ETARGET}) mapped to taxonomy leaves, with the refinements the rest of the
 * message decides: an ERESOLVE is a peer conflict when npm names a peer requirement, an E404 is a missing package
 * when npm asked for the package itself and a missing version when it asked for a tarball, an EUSAGE is a lock file
 * out of sync when {@code npm ci} says so. Codes npm does not name (numbers: a script's exit status) are decided by the
 * message, by the caller.
 */
final class NpmCodes {

    private static final String PKG = "(?:@[\\w.-]+/)?[\\w.-]+";
    private static final Map<String, ErrorKind> CODES = new HashMap<>();

    static {
        table(DEPENDENCY_VERSION, "ETARGET", "ENOVERSIONS", "EBADENGINE", "ENOTSUP", "EOVERRIDE", "EINVALIDTAGNAME");
        table(DEPENDENCY_PEER, "ERESOLVE");
        table(DEPENDENCY_MISSING, "E404", "EINVALIDPACKAGENAME");
        table(NETWORK, "ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT",
                "EHOSTUNREACH", "ENETUNREACH", "ERR_SOCKET_TIMEOUT", "EINTEGRITY", "EPROTO",
                "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "SELF_SIGNED_CERT_IN_CHAIN", "CERT_HAS_EXPIRED", "E500", "E502",
                "E503", "E504", "E429", "FETCH_ERROR");
        table(CONFIGURATION, "E401", "E403", "ENEEDAUTH", "EOTP", "EUNSUPPORTEDPROTOCOL", "EUSAGE", "ENOWORKSPACES");
        table(RESOURCE_DISK, "ENOSPC", "EDQUOT");
        table(RESOURCE_MEMORY, "ENOMEM");
        table(RUNTIME_PERMISSION, "EACCES", "EPERM", "EROFS", "EBUSY");
        table(RUNTIME_FILE, "ENOENT", "ENOTDIR", "EISDIR");
        table(SYNTAX_PARSE, "EJSONPARSE");
    }

    private static void table(ErrorKind kind, String... codes) {
        for (String code : codes) {
            CODES.put(code, kind);
        }
    }

    private static final Pattern NOTARGET = Pattern.compile("No matching version found for (?<module>" + PKG + ")@(?<version>\\S+?)\\.?(?:\\s|$)");
    private static final Pattern PEER = Pattern.compile("peer (?<peer>" + PKG + "@\"[^\"]+\") from (?<module>" + PKG + ")(?:@(?<version>[^\\s\"]+))?");
    private static final Pattern CONFLICT = Pattern.compile("Conflicting peer dependency: (?<peer>" + PKG + "@\\S+)");
    private static final Pattern FOUND = Pattern.compile("(?m)^Found: (?<actual>" + PKG + "@\\S+)");
    private static final Pattern GET_404 = Pattern.compile("404 Not Found - GET (?<url>https?://\\S+)");
    private static final Pattern NOT_FOUND_SPEC = Pattern.compile("'(?<module>" + PKG + ")@(?<version>[^']+)' (?:is not in this registry|could not be found)");
    private static final Pattern LOCK_MISSING = Pattern.compile("(?:Missing|Invalid): (?:lock file's )?(?<module>" + PKG + ")@(?<version>\\S+)");
    private static final Pattern IN_SYNC = Pattern.compile("can only install packages when your package\\.json and package-lock\\.json"
            + "|are in sync|lock file's .* does not satisfy");
    private static final Pattern HOST = Pattern.compile("^https?://[^/]+/");
    private static final Pattern PATH = Pattern.compile("(?m)^path (?<path>\\S.*)$");

    private NpmCodes() {
    }

    static boolean known(String code) {
        return code != null && CODES.containsKey(code);
    }

    /** The leaf and facts for a block of npm's output whose code line said {@code code}; null for codes it does not know. */
    static Classification classify(String code, String message) {
        ErrorKind kind = CODES.get(code);
        if (kind == null) {
            return null;
        }
        String text = message == null ? "" : message;
        Map<String, String> facts = new LinkedHashMap<>();
        switch (code) {
            case "ERESOLVE" -> {
                MessageRules.facts(PEER, text, facts);
                MessageRules.facts(CONFLICT, text, facts);
                MessageRules.facts(FOUND, text, facts);
                if (!text.contains("peer")) {
                    kind = DEPENDENCY_VERSION;
                }
            }
            case "ETARGET", "ENOVERSIONS" -> MessageRules.facts(NOTARGET, text, facts);
            case "E404" -> kind = notFound(text, facts);
            case "EUSAGE" -> {
                if (IN_SYNC.matcher(text).find()) {
                    kind = DEPENDENCY_VERSION;
                    MessageRules.facts(LOCK_MISSING, text, facts);
                }
            }
            case "EJSONPARSE" -> facts.put(Facts.PATH, "package.json");
            default -> MessageRules.facts(PATH, text, facts);
        }
        return new Classification(kind, facts);
    }

    /**
     * GET of a package document that 404s means no such package; GET of a tarball ({@code /-/name-1.2.3.tgz}) means
     * the package exists but that version (or its file) does not.
     */
    private static ErrorKind notFound(String text, Map<String, String> facts) {
        MessageRules.facts(NOT_FOUND_SPEC, text, facts);
        Matcher get = GET_404.matcher(text);
        if (get.find()) {
            String url = get.group("url");
            String path = HOST.matcher(url).replaceFirst("");
            if (path.contains("/-/")) {
                facts.putIfAbsent(Facts.MODULE, decode(path.substring(0, path.indexOf("/-/"))));
                return DEPENDENCY_VERSION;
            }
            facts.putIfAbsent(Facts.MODULE, decode(path));
        }
        return DEPENDENCY_MISSING;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}

package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.nexusgen.domain.builds.ErrorKind.CONFIGURATION;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_MISSING;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_NATIVE;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_PEER;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_VERSION;
import static com.nexusgen.domain.builds.ErrorKind.NETWORK;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_CPU;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_DISK;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_MEMORY;
import static com.nexusgen.domain.builds.ErrorKind.RESOURCE_TIMEOUT;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_ENV;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_FILE;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_IMPORT;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_PERMISSION;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_EOF;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_PARSE;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_TOKEN;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_MISMATCH;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_NULL;
import static com.nexusgen.domain.builds.ErrorKind.UNKNOWN;

/**
 * The classification of free-text messages: what node, vite, rollup, esbuild and vitest say when something fails,
 * whichever tool says it (an ENOENT reads the same from a vite config, a test and a prebuild script). The first rule
 * that matches decides, so the order is the precedence: resource exhaustion first (it explains everything after it),
 * then native builds, environment, imports, files, runtime types, syntax, network, and versions.
 */
final class MessageRules {

    private static final String PKG = "(?:@[\\w.-]+/)?[\\w.-]+";
    private static final String Q = "['\"`]";

    static final List<MessageRule> RULES = List.of(
            // Resource exhaustion: the process died of it, whatever else it printed on the way.
            MessageRule.of("heap out of memory|heap limit|out_of_memory|memory limit|enomem|allocate memory|out of memory",
                    "(?i)JavaScript heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY"
                    + "|Worker terminated due to reaching memory limit|\\bENOMEM\\b|Cannot allocate memory"
                    + "|Allocation failed - process out of memory", RESOURCE_MEMORY),
            MessageRule.of("enospc|no space left|edquot|disk quota", "(?i)\\bENOSPC\\b|no space left on device|\\bEDQUOT\\b|disk quota exceeded",
                    RESOURCE_DISK),
            MessageRule.of("sigxcpu|cpu time limit", "(?i)\\bSIGXCPU\\b|CPU time limit exceeded", RESOURCE_CPU),
            MessageRule.of("timed out", "(?:Test|Hook|Teardown|Setup) timed out in (?<limit>\\d+\\s?ms)", RESOURCE_TIMEOUT),

            // A test's own assertion: nothing in the taxonomy but the expectation and what came instead.
            MessageRule.of("assertionerror", "(?m)AssertionError(?: \\[\\w+\\])?: expected (?<actual>.+?) to (?:not )?(?:be|equal|deeply equal"
                    + "|strictly equal|contain|include|have length|have property|have been called with|have been called|have text content"
                    + "|match|throw)(?: (?<expected>.+?))?(?: // .*)?$", UNKNOWN),
            MessageRule.of("assertionerror", "AssertionError", UNKNOWN),

            // Native modules: compiled code that would not build or load.
            MessageRule.of("gyp|prebuild-install|compiled against|node_module_version|elf header|.node",
                    "(?i)gyp ERR!|node-pre-gyp ERR!|prebuild-install (?:warn|err)|node-gyp rebuild"
                    + "|was compiled against a different Node\\.js version|NODE_MODULE_VERSION|invalid ELF header"
                    + "|Cannot find module " + Q + "[^'\"`]*\\.node" + Q, DEPENDENCY_NATIVE),

            // Environment variables the app or its config expects.
            MessageRule.of("missing", "(?i)missing (?:required )?(?:env(?:ironment)?(?:[ -]var(?:iable)?)?|config(?:uration)? value)s?:?\\s*"
                    + "['\"`]?(?<envVar>[A-Z][A-Z0-9_]*[A-Z0-9])", RUNTIME_ENV),
            MessageRule.of("env", "(?i)(?:env(?:ironment)?(?: var(?:iable)?)?) ['\"`]?(?<envVar>[A-Z][A-Z0-9_]*[A-Z0-9])['\"`]? "
                    + "(?:is )?(?:not set|not defined|missing|required|undefined|empty)", RUNTIME_ENV),
            MessageRule.of("vite_|react_app_|next_public_|public_", "(?<envVar>(?:VITE|REACT_APP|NEXT_PUBLIC|PUBLIC)_[A-Z0-9_]+)['\"`]? "
                    + "(?:is )?(?:not set|not defined|missing|required|must be (?:set|defined|provided)|is undefined)", RUNTIME_ENV),
            MessageRule.of(".env.", "(?:import\\.meta|process)\\.env\\.(?<envVar>[A-Z][A-Z0-9_]*)(?: is)? (?:undefined|not set|missing|required)",
                    RUNTIME_ENV),
            MessageRule.of("is not defined", "ReferenceError: (?<identifier>process) is not defined", RUNTIME_ENV),
            // No DOM in the test environment is a configuration of the runner, not a bug in the code.
            MessageRule.of("is not defined", "ReferenceError: (?<identifier>window|document|navigator|localStorage|sessionStorage"
                    + "|HTMLElement|Element|location|matchMedia|IntersectionObserver|ResizeObserver) is not defined",
                    CONFIGURATION),

            // Configuration of the tools themselves.
            MessageRule.of("configured target", "configured target environment|is not available in the configured target", CONFIGURATION),
            MessageRule.of("no test files|no loader|failed to load|file extension|unknown|invalid|is not a valid|config file",
                    "(?i)No test files found|No loader is configured for|failed to load (?:PostCSS )?config"
                    + "|Unknown file extension " + Q + "(?<actual>[^'\"`]+)|ERR_UNKNOWN_FILE_EXTENSION|Unknown (?:compiler |CLI )?option"
                    + "|Invalid (?:value for )?(?:configuration|config|option)|is not a valid (?:option|config)|Could not find a config file",
                    CONFIGURATION),

            // Imports: the specifier decides between a missing package and a wrong path in the app.
            MessageRule.bySpecifier("cannot find ", "Cannot find (?:package|module) " + Q + "(?<module>[^'\"`]+)" + Q + "(?: imported from)?"),
            MessageRule.bySpecifier("failed to resolve import", "[Ff]ailed to resolve import \"(?<module>[^\"]+)\"(?: from \"(?<importer>[^\"]+)\")?"),
            MessageRule.of("failed to resolve ", "Failed to resolve (?<path>\\S+) from \\S*\\.html\\b", RUNTIME_FILE),
            MessageRule.of("could not resolve entry module", "Could not resolve entry module \"?(?<path>[^\"]+?)\"?\\.?$", RUNTIME_FILE),
            MessageRule.bySpecifier("could not resolve \"", "Could not resolve \"(?<module>[^\"]+)\"(?: from \"(?<importer>[^\"]+)\")?"),
            MessageRule.bySpecifier("failed to load url", "Failed to load url (?<module>\\S+)"),
            MessageRule.of("is not exported by", "\"(?<identifier>[^\"]+)\" is not exported by \"(?<module>[^\"]+)\"", RUNTIME_IMPORT),
            MessageRule.of("does not provide an export named", "(?:The requested module " + Q + "(?<module>[^'\"`]+)" + Q
                    + " )?does not provide an export named " + Q + "(?<identifier>[^'\"`]+)" + Q, RUNTIME_IMPORT),
            MessageRule.of("err_require_esm|of es module", "(?:ERR_REQUIRE_ESM|require\\(\\) of ES Module (?<module>\\S+))", RUNTIME_IMPORT),
            MessageRule.of("is not a", "(?<identifier>[\\w$.]*(?:__vite_ssr_import_\\d+__|_default\\b|\\.default\\b)[\\w$.]*)\\)? "
                    + "is not a (?:function|constructor)", RUNTIME_IMPORT),
            MessageRule.of("is not defined", "ReferenceError: (?<identifier>[\\w$]+) is not defined", RUNTIME_IMPORT),

            // Files and permissions.
            MessageRule.of("eacces|eperm|erofs", "(?i)\\b(?:EACCES|EPERM|EROFS)\\b(?:: [^,]*, \\w+ " + Q + "(?<path>[^'\"`]+)" + Q + ")?",
                    RUNTIME_PERMISSION),
            MessageRule.of("permission denied|not permitted", "(?i)permission denied(?:, \\w+ " + Q + "(?<path>[^'\"`]+)" + Q + ")?"
                    + "|operation not permitted", RUNTIME_PERMISSION),
            MessageRule.of("enoent", "ENOENT: no such file or directory(?:, \\w+ " + Q + "(?<path>[^'\"`]+)" + Q + ")?", RUNTIME_FILE),
            MessageRule.of("enoent", "spawn (?<path>\\S+) ENOENT", RUNTIME_FILE),
            MessageRule.of("enoent|could not load|no such file", "\\bENOENT\\b|Could not load (?<path>\\S+)|no such file or directory",
                    RUNTIME_FILE),

            // Runtime type errors seen by tests.
            MessageRule.of("propert", "Cannot (?:read|set) propert(?:y|ies) of (?<type>undefined|null)"
                    + "(?: \\((?:reading|setting) '(?<property>[^']+)'\\))?", TYPE_NULL),
            MessageRule.of("cannot destructure", "Cannot destructure property '(?<property>[^']+)' of '[^']*' as it is (?<type>undefined|null)",
                    TYPE_NULL),
            MessageRule.of("typeerror", "TypeError: (?<identifier>[\\w$.]+) is (?<type>undefined|null)\\b", TYPE_NULL),
            MessageRule.of("typeerror", "TypeError: (?<identifier>\\S+?) is not (?:a function|a constructor|iterable|callable)", TYPE_MISMATCH),
            MessageRule.of("assignment to constant", "TypeError: Assignment to constant variable", TYPE_MISMATCH),

            // Syntax: the end of input reached too early, a wrong token, or a file that does not parse at all.
            MessageRule.of("unexpected end|unterminated|end of file|<eof>|unexpected eof",
                    "(?i)Unexpected end of (?:file|input|JSON input|script)|Unterminated (?:string|template|regular expression|comment)"
                    + "|but found end of file|'<eof>'|Unexpected EOF", SYNTAX_EOF),
            MessageRule.of("json|csssyntaxerror|postcss|unknown word|to parse|parse error",
                    "(?i)JSON|EJSONPARSE|CssSyntaxError|\\[postcss\\]|Unknown word|Failed to parse|Unable to parse|Parse error", SYNTAX_PARSE),
            MessageRule.of("but found", "Expected (?<expected>\"[^\"]*\"|'[^']*'|\\S+) but found (?<actual>\"[^\"]*\"|'[^']*'|\\S+)", SYNTAX_TOKEN),
            MessageRule.of("unexpected closing", "Unexpected closing (?:\"(?<actual>[^\"]+)\" )?tag does not match opening "
                    + "(?:\"(?<expected>[^\"]+)\" )?tag", SYNTAX_TOKEN),
            MessageRule.of("unexpected|expected|jsx element|missing )",
                    "Unexpected (?:token|character|keyword|identifier|string|number|\"(?<actual>[^\"]+)\")"
                    + "|Expression expected|Expected (?<expected>'[^']+'|\"[^\"]+\")(?:,| or| but)|is not valid inside a JSX element"
                    + "|Invalid or unexpected token|missing \\) after argument list", SYNTAX_TOKEN),
            MessageRule.of("syntaxerror", "SyntaxError", SYNTAX_PARSE),

            // Network: the registry, a git host or a proxy could not be reached.
            MessageRule.of("enotfound|eai_again|econn|etimedout|timedout|unreach|eproto|err_socket|cert|socket hang up|getaddrinfo"
                    + "|could not resolve host|unable to access|fetch failed|network|remote repository",
                    "(?i)\\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH"
                    + "|EPROTO|ERR_SOCKET_TIMEOUT|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED)\\b"
                    + "|socket hang up|getaddrinfo|Could not resolve host(?:name)?|unable to access '|fetch failed"
                    + "|network (?:request|error)|Could not read from remote repository", NETWORK),

            // Dependency versions and peers, when npm's words reach another tool's output.
            MessageRule.of("no matching version", "No matching version found for (?<module>" + PKG + ")@(?<version>\\S+?)\\.?$",
                    DEPENDENCY_VERSION),
            MessageRule.of("peer ", "peer (?<peer>" + PKG + "@\"[^\"]+\") from (?<module>" + PKG + ")(?:@(?<version>\\S+))?", DEPENDENCY_PEER),
            MessageRule.of("missing: |invalid: |in sync", "(?:Missing|Invalid): (?:lock file's )?(?<module>" + PKG + ")@(?<version>\\S+)"
                    + "(?: does not satisfy| from lock file)|are in sync", DEPENDENCY_VERSION),
            MessageRule.of("not found", "(?:^|\\s)(?:sh|bash|zsh|/bin/sh)(?:: line \\d+|: \\d+)?: (?<module>[\\w.@/-]+): (?:command )?not found",
                    DEPENDENCY_MISSING),
            MessageRule.of("declaration file", "Could not find a declaration file for module '(?<module>[^']+)'", DEPENDENCY_MISSING));

    private MessageRules() {
    }

    /** The first rule's classification, or unknown with whatever facts the message still states. */
    static Classification classify(String message) {
        if (message == null || message.isBlank()) {
            return Classification.unknown();
        }
        // Long messages (stack dumps) say what they mean in their first lines; matching megabytes helps nobody.
        String text = message.length() > 4000 ? message.substring(0, 4000) : message;
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (MessageRule rule : RULES) {
            Classification c = rule.apply(text, lowerCase);
            if (c != null) {
                return tidy(c);
            }
        }
        return Classification.unknown();
    }

    /** Alternative group names exist only because Java forbids duplicate names; fold them back into the fact. */
    private static Classification tidy(Classification c) {
        Map<String, String> facts = new LinkedHashMap<>(c.facts());
        if (c.kind() == DEPENDENCY_MISSING && facts.containsKey(Facts.MODULE)) {
            facts.put(Facts.MODULE, ModuleSpecifier.packageForCommand(facts.get(Facts.MODULE)));
        }
        return new Classification(c.kind(), facts);
    }

    /** A message's facts by a single pattern, for readers that know more than the message (npm's code, tsc's code). */
    static void facts(Pattern pattern, String message, Map<String, String> facts) {
        Matcher m = pattern.matcher(message);
        if (m.find()) {
            Facts.collect(m, facts);
        }
    }
}

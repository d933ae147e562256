package com.nexusgen.design;

import com.helger.css.ECSSVersion;
import com.helger.css.ICSSWriterSettings;
import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CSSUnknownRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.DoNothingCSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler;
import com.helger.css.writer.CSSWriterSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads mockup CSS with ph-css, recovering what a browser would recover.
 * Mockups are written by models and people: a missing closing brace must not cost the whole stylesheet,
 * and nothing in them may make extraction fail. Not thread-safe: one reader per extraction.
 */
final class StyleSheetReader {

    /** Nesting depth of blocks we unwrap by hand (@layer, @container); deeper is not CSS anyone writes. */
    private static final int MAX_UNWRAP_DEPTH = 8;

    private static final ICSSWriterSettings WRITER = new CSSWriterSettings(ECSSVersion.CSS30, true);

    private final CSSReaderSettings settings = new CSSReaderSettings()
            .setCSSVersion(ECSSVersion.CSS30)
            .setBrowserCompliantMode(true)
            .setUseSourceLocation(false)
            .setCustomErrorHandler(new DoNothingCSSParseErrorHandler())
            .setCustomExceptionHandler(ex -> { })
            .setInterpretErrorHandler(new DoNothingCSSInterpretErrorHandler());

    /**
     * Parsed top-level blocks by their text. A project's mockups repeat the same base styles on every page, and the
     * CSS tokenizer is the slowest part of extraction: each distinct block is parsed once per reader.
     */
    private final Map<String, List<StyleRule>> parsedBlocks = new HashMap<>();

    /** The style rules of one stylesheet, in source order; empty when nothing could be read. */
    List<StyleRule> read(String css) {
        List<StyleRule> rules = new ArrayList<>();
        if (css == null || css.isBlank()) {
            return rules;
        }
        readInto(closeOpenBlocks(css), rules, 0);
        return rules;
    }

    /** The declarations of one {@code style=""} attribute; empty when nothing could be read. */
    CSSDeclarationList readDeclarations(String declarations) {
        if (declarations == null || declarations.isBlank()) {
            return new CSSDeclarationList();
        }
        try {
            CSSDeclarationList list = CSSReaderDeclarationList.readFromString(declarations, settings);
            return list == null ? new CSSDeclarationList() : list;
        } catch (RuntimeException | StackOverflowError e) {
            return new CSSDeclarationList();
        }
    }

    /** Selector text without whitespace noise, e.g. {@code .card > h3:hover}. */
    static String selectorText(CSSSelector selector) {
        return selector.getAsCSSString(WRITER, 0);
    }

    /** Block by block, as browsers recover: one unreadable rule cannot cost the rules around it. */
    private void readInto(String css, List<StyleRule> rules, int depth) {
        for (String block : TopLevelBlocks.split(css)) {
            String key = block.trim();
            if (key.isEmpty()) {
                continue;
            }
            List<StyleRule> parsed = parsedBlocks.get(key);
            if (parsed == null) {
                parsed = new ArrayList<>();
                CascadingStyleSheet sheet = parse(key);
                if (sheet != null) {
                    collect(sheet.getAllRules(), parsed, depth);
                }
                parsed = List.copyOf(parsed);
                parsedBlocks.put(key, parsed);
            }
            rules.addAll(parsed);
        }
    }

    private CascadingStyleSheet parse(String css) {
        try {
            return CSSReader.readFromStringReader(css, settings);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        } catch (Error e) {
            // the generated tokenizer reports some inputs with its own Error type; treat them as unreadable CSS
            if (e instanceof VirtualMachineError vm) {
                throw vm;
            }
            return null;
        }
    }

    private void collect(List<ICSSTopLevelRule> topLevel, List<StyleRule> rules, int depth) {
        for (ICSSTopLevelRule rule : topLevel) {
            switch (rule) {
                case CSSStyleRule style -> {
                    List<String> selectors = new ArrayList<>(style.getSelectorCount());
                    for (CSSSelector selector : style.getAllSelectors()) {
                        selectors.add(selectorText(selector));
                    }
                    rules.add(new StyleRule(selectors, List.copyOf(style.getAllDeclarations())));
                }
                case CSSMediaRule media -> collect(media.getAllRules(), rules, depth);
                case CSSSupportsRule supports -> collect(supports.getAllRules(), rules, depth);
                case CSSUnknownRule unknown -> {
                    // @layer and @container wrap ordinary rules that ph-css does not descend into
                    String name = unknown.getDeclaration() == null ? "" : unknown.getDeclaration().toLowerCase();
                    if ((name.equals("@layer") || name.equals("@container")) && depth < MAX_UNWRAP_DEPTH
                            && unknown.getBody() != null) {
                        readInto(stripOuterBraces(unknown.getBody()), rules, depth + 1);
                    }
                }
                default -> {
                    // @font-face, @keyframes, @page, @import: not the page's own styling
                }
            }
        }
    }

    private static String stripOuterBraces(String body) {
        String trimmed = body.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Browsers close blocks left open at the end of a stylesheet; ph-css drops them, so close them first. */
    static String closeOpenBlocks(String css) {
        int open = TopLevelBlocks.unclosedBraces(css);
        return open <= 0 ? css : css + "}".repeat(Math.min(open, 64));
    }
}

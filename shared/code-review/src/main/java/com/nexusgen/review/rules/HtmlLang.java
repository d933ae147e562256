package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code html-lang}: an HTML document whose {@code <html>} has no (or an empty) {@code lang}. Screen readers
 * then guess the language and mispronounce everything. A file with neither {@code <html>} nor a doctype is a
 * fragment, not a document, and is skipped.
 */
public final class HtmlLang extends AbstractRule {

    public HtmlLang() {
        super("html-lang", Finding.Severity.MEDIUM, Finding.Category.ACCESSIBILITY,
                "HTML documents need <html lang=\"...\">.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (file.kind() != SourceFile.Kind.HTML) {
            return findings;
        }
        for (JsxElement element : file.elements()) {
            if (element.name().equals("html")) {
                if (!element.hasNonEmpty("lang")) {
                    findings.add(finding(file, element.line(), "<html> has no lang attribute"));
                }
                return findings;
            }
        }
        int doctype = file.markup().toLowerCase(Locale.ROOT).indexOf("<!doctype html");
        if (doctype >= 0) {
            findings.add(finding(file, file.lineOf(doctype), "the document has no <html lang=\"...\"> element"));
        }
        return findings;
    }

    private Finding finding(SourceFile file, int line, String message) {
        return onLine(file, line, message, "Declare the page language: <html lang=\"en\"> (or the app's language).");
    }
}

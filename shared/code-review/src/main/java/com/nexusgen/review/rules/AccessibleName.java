package com.nexusgen.review.rules;

import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

/**
 * Whether an element that needs a name (a button, a link) visibly has one: a naming attribute, or content a
 * screen reader would read. Deliberately generous with code: {@code {label}} or {@code {t('save')}} might
 * render text, so any non-empty expression counts; an icon component alone ({@code <TrashIcon />}) does not.
 */
final class AccessibleName {

    private static final int MAX_CONTENT = 20_000;

    private AccessibleName() {
    }

    /**
     * An empty self-closing element passed as a prop ({@code <MenuButton render={<a href="#" />}>Docs</MenuButton>}):
     * the host renders it with its own children, which is where the name is.
     */
    static boolean suppliedByHost(JsxElement element) {
        return element.inAttribute() && element.selfClosing();
    }

    /** aria-label, aria-labelledby, title or (JSX) a children prop with a value. */
    static boolean fromAttributes(JsxElement element) {
        return element.hasNonEmpty("aria-label") || element.hasNonEmpty("aria-labelledby")
                || element.hasNonEmpty("title") || element.hasNonEmpty("children");
    }

    /**
     * Whether the element's content has text, an expression that may render text, an image with alt text,
     * or a descendant with a naming attribute. False for self-closing elements; true (cannot tell, so no
     * finding) for elements whose end was never found.
     */
    static boolean hasContent(SourceFile file, JsxElement element) {
        // content this long without a single character of text is not worth walking: assume it is named
        if (element.selfClosing()) {
            return false;
        }
        int end = element.contentEnd();
        if (end < 0) {
            return true;
        }
        boolean html = file.kind() == SourceFile.Kind.HTML;
        String markup = file.markup();
        String text = html ? markup : file.text(); // JSX text is blank in the code view: read the real text
        if (end - element.openEnd() > MAX_CONTENT) {
            return true;
        }
        int i = element.openEnd();
        while (i < end) {
            if (file.isTagStart(i)) {
                // every descendant's opening tag is met on the way: it may carry the name itself
                JsxElement child = file.elementAt(i);
                if (child != null && (fromAttributes(child) || (child.name().equals("img") && child.hasNonEmpty("alt")))) {
                    return true;
                }
                int next = child != null ? child.openEnd() : markup.indexOf('>', i) + 1;
                i = next <= i ? end : next;
            } else if (!html && markup.charAt(i) == '{') {
                int close = file.closing(i);
                if (close < 0 || !markup.substring(i + 1, close).isBlank()) {
                    return true;
                }
                i = close + 1;
            } else if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }
}

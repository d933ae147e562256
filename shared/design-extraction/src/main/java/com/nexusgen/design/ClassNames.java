package com.nexusgen.design;

import org.jsoup.nodes.Element;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reading intent from class names: {@code recipe-card} is a card, {@code button--primary} is a primary button. */
final class ClassNames {

    private ClassNames() {
    }

    /** Whether one of the element's classes names the component: {@code card}, {@code recipe-card}, {@code card--wide}. */
    static boolean names(Element element, String component) {
        for (String cls : element.classNames()) {
            String c = cls.toLowerCase(Locale.ROOT);
            if (c.equals(component) || c.endsWith("-" + component) || c.endsWith("_" + component)
                    || c.startsWith(component + "--")) {
                return true;
            }
        }
        return false;
    }

    /** The words of all classes: {@code btn btn-primary} gives btn, primary. */
    static Set<String> words(Element element) {
        Set<String> words = new LinkedHashSet<>();
        for (String cls : element.classNames()) {
            for (String word : cls.toLowerCase(Locale.ROOT).split("[-_]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The words of a selector's subject compound: {@code a.btn-primary:hover} gives a, btn, primary, hover. */
    static Set<String> words(String selectorSubject) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : selectorSubject.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}

package com.nexusgen.appgen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TsNamesTest {

    @Test
    void camel_shouldGiveUsableIdentifiers_whenNamesAreOddOrReserved() {
        // GIVEN names a PRD might use WHEN they become property names THEN each is a valid, non-reserved identifier
        assertEquals("eMail", TsNames.camel("e-mail", "field"));
        assertEquals("n2faCode", TsNames.camel("2fa code", "field"));
        assertEquals("classValue", TsNames.camel("class", "field"));
        assertEquals("constructorValue", TsNames.camel("constructor", "field"));
        assertEquals("prepMinutes", TsNames.camel("prepMinutes", "field"));
        assertEquals("creeLe", TsNames.camel("Créé le", "field"));
        assertEquals("field", TsNames.camel("???", "field"));
    }

    @Test
    void pascal_shouldStartWithALetter_whenTheNameStartsWithADigit() {
        // GIVEN / WHEN / THEN: JSX needs components to start with an upper-case letter
        assertEquals("N2faCode", TsNames.pascal("2fa code", "X"));
        assertEquals("FitnessClass", TsNames.pascal("fitness class", "X"));
        assertEquals("HttpRequest", TsNames.pascal("HTTPRequest", "X"));
    }

    @Test
    void kebab_shouldGiveSafeFileAndUrlNames_whenNamesHaveSpacesAndAccents() {
        assertEquals("fitness-class", TsNames.kebab("FitnessClass", "x"));
        assertEquals("uber-uns-more", TsNames.kebab("Über uns & more", "x"));
        assertEquals("x", TsNames.kebab("!!!", "x"));
    }

    @Test
    void str_shouldEscapeEverythingThatEndsOrHidesInALiteral_whenTextIsHostile() {
        // GIVEN text with quotes, backslashes, line breaks and a bidi override
        String text = "it's \\ \"x\"\nnext\u2028\u202e";

        // WHEN it becomes a literal
        String literal = TsNames.str(text);

        // THEN it is one single-quoted line with every dangerous character escaped
        assertEquals("'it\\'s \\\\ \"x\"\\nnext\\u{2028}\\u{202e}'", literal);
        assertEquals("'emoji 😀 and é stay readable'", TsNames.str("emoji 😀 and é stay readable"));
    }

    @Test
    void jsx_shouldKeepPlainTextAndQuoteTheRest_whenTextHasBracesOrTags() {
        assertEquals("Recipe Box", TsNames.jsx("Recipe Box"));
        assertEquals("{'a {b} <c>'}", TsNames.jsx("a {b} <c>"));
        assertEquals("{'it\\'s'}", TsNames.jsx("it's"));
        assertEquals("\"/recipes/:id\"", TsNames.attr("/recipes/:id"));
        assertEquals("{'a\"b'}", TsNames.attr("a\"b"));
    }

    @Test
    void html_shouldEscapeMarkup_whenTextGoesIntoIndexHtml() {
        assertEquals("&lt;script&gt; &amp; &quot;x&quot; &#39;y&#39;", TsNames.html("<script> & \"x\" 'y'"));
        assertEquals("a b", TsNames.html("a\n\u202eb"));
    }

    @Test
    void comment_shouldNeverEndTheComment_whenTextHoldsCommentMarkers() {
        String comment = TsNames.comment("a */ b\nc");
        assertFalse(comment.contains("*/"));
        assertFalse(comment.contains("\n"));
    }

    @Test
    void withArticle_shouldPickAOrAn_whenGivenUsualNouns() {
        assertEquals("an event", TsNames.withArticle("event"));
        assertEquals("a recipe", TsNames.withArticle("recipe"));
        assertEquals("a user", TsNames.withArticle("user"));
    }

    @Test
    void scope_shouldNumberRepeats_whenANameIsTakenInAnyCase() {
        TsNames.Scope scope = new TsNames.Scope(true, "storage");
        assertEquals("Storage2", scope.claim("Storage"));
        assertEquals("event", scope.claim("event"));
        assertEquals("Event2", scope.claim("Event"));
    }
}

package com.nexusgen.appgen;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldRulesTest {

    @Test
    void parse_shouldReadARange_whenANumberFieldSaysBetween() {
        // GIVEN "between 1 and 5" on an integer WHEN parsed THEN it is an inclusive value range
        FieldRules rules = FieldRules.parse(FieldKind.INTEGER, "between 1 and 5");
        assertEquals(new BigDecimal("1"), rules.min());
        assertEquals(new BigDecimal("5"), rules.max());
        assertNull(rules.maxLength());
    }

    @Test
    void parse_shouldReadLengths_whenATextFieldSaysCharacters() {
        // GIVEN length rules on strings WHEN parsed THEN they limit the length, not the value
        FieldRules range = FieldRules.parse(FieldKind.STRING, "3 to 80 characters");
        assertEquals(3, range.minLength());
        assertEquals(80, range.maxLength());
        assertEquals(500, FieldRules.parse(FieldKind.TEXT, "no more than 500 characters").maxLength());
        assertEquals(6, FieldRules.parse(FieldKind.STRING, "exactly 6 characters").minLength());
    }

    @Test
    void parse_shouldCapTextLength_whenTheRuleSaysNothing() {
        // GIVEN no rule WHEN parsed THEN text fields still get an upper length, so nothing unbounded is stored
        assertEquals(FieldRules.STRING_MAX, FieldRules.parse(FieldKind.STRING, null).maxLength());
        assertEquals(FieldRules.TEXT_MAX, FieldRules.parse(FieldKind.TEXT, "").maxLength());
        assertEquals(FieldRules.EMAIL_MAX, FieldRules.parse(FieldKind.EMAIL, "must be unique").maxLength());
    }

    @Test
    void parse_shouldReadExclusiveBounds_whenTheRuleSaysPositiveOrLessThan() {
        FieldRules rules = FieldRules.parse(FieldKind.DECIMAL, "positive, less than 100");
        assertEquals(BigDecimal.ZERO, rules.min());
        assertTrue(rules.minExclusive());
        assertEquals(new BigDecimal("100"), rules.max());
        assertTrue(rules.maxExclusive());
    }

    @Test
    void parse_shouldIgnoreNumbers_whenTheFieldIsADate() {
        FieldRules rules = FieldRules.parse(FieldKind.DATE, "between 2020-01-01 and 2030-12-31");
        assertNull(rules.min());
        assertNull(rules.maxLength());
    }
}

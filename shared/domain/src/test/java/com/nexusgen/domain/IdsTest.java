package com.nexusgen.domain;

import com.nexusgen.domain.common.Ids;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void newId_shouldSortByCreationTime_whenMillisecondsDiffer() {
        // GIVEN two clocks one millisecond apart
        Clock earlier = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_001L), ZoneOffset.UTC);
        // WHEN ids are made at each
        String first = Ids.newId(earlier);
        String second = Ids.newId(later);
        // THEN they sort in creation order and have the ULID shape
        assertTrue(first.compareTo(second) < 0);
        assertEquals(26, first.length());
        assertTrue(Ids.isValid(first) && Ids.isValid(second));
    }

    @Test
    void newId_shouldBeUnique_whenMadeInTheSameMillisecond() {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(clock));
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void isValid_shouldRejectForeignShapes() {
        assertFalse(Ids.isValid(null));
        assertFalse(Ids.isValid("not-an-id"));
        assertFalse(Ids.isValid("01HZZZZZZZZZZZZZZZZZZZZZZI")); // I is not Crockford base32
        assertFalse(Ids.isValid("81HZZZZZZZZZZZZZZZZZZZZZZZ")); // first character carries only 3 bits
        assertFalse(Ids.isValid("01hzzzzzzzzzzzzzzzzzzzzzzz")); // lower case is not what we emit
    }
}

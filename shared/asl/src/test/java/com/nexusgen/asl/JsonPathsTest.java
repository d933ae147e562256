package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonPathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void read_shouldSelectDefiniteAndIndefinitePaths() throws Exception {
        JsonNode doc = JSON.readTree("{\"a\":{\"b\":[{\"n\":1},{\"n\":2},{\"n\":3}]},\"c d\":null}");
        assertEquals("2", JsonPaths.read(doc, "$.a.b[1].n").orElseThrow().toString());
        assertEquals("[1,2,3]", JsonPaths.read(doc, "$.a.b[*].n").orElseThrow().toString());
        assertEquals("[{\"n\":3}]", JsonPaths.read(doc, "$.a.b[?(@.n > 2)]").orElseThrow().toString());
        assertTrue(JsonPaths.read(doc, "$['c d']").orElseThrow().isNull()); // present, and null
        assertTrue(JsonPaths.read(doc, "$.missing").isEmpty());
        assertEquals(doc, JsonPaths.read(doc, "$").orElseThrow());
        assertTrue(JsonPaths.read(doc, "$.a.b[5]").isEmpty()); // past the end is missing, not null
        assertEquals("3", JsonPaths.read(doc, "$.a.b.length()").orElseThrow().toString());
    }

    @Test
    void write_shouldCreateObjectsOnTheWay_andLeaveTheOriginalAlone() throws Exception {
        JsonNode doc = JSON.readTree("{\"keep\":1,\"list\":[0,1]}");
        JsonNode written = JsonPaths.write(doc, "$.x.y['z z']", JSON.getNodeFactory().textNode("v"));
        assertEquals("{\"keep\":1,\"list\":[0,1],\"x\":{\"y\":{\"z z\":\"v\"}}}", written.toString());
        assertEquals("{\"keep\":1,\"list\":[0,1]}", doc.toString());
        assertEquals("[0,9]", JsonPaths.write(doc, "$.list[1]", JSON.getNodeFactory().numberNode(9)).get("list").toString());
        assertEquals("\"all\"", JsonPaths.write(doc, "$", JSON.getNodeFactory().textNode("all")).toString());
    }

    @Test
    void write_shouldRefuseNonReferencePaths_andCrossingScalars() throws Exception {
        JsonNode doc = JSON.readTree("{\"s\":\"text\"}");
        assertThrows(IllegalArgumentException.class, () -> JsonPaths.write(doc, "$.a[*]", doc));
        assertThrows(IllegalArgumentException.class, () -> JsonPaths.write(doc, "$..a", doc));
        assertThrows(IllegalArgumentException.class, () -> JsonPaths.write(doc, "$.s[0]", doc));
        assertEquals(List.of("a", 2, "b c"), JsonPaths.referenceSegments("$.a[2]['b c']"));
    }

    @Test
    void isValid_shouldAcceptPathsOnly() {
        assertTrue(JsonPaths.isValid("$.a.b"));
        assertTrue(JsonPaths.isValid("$"));
        assertFalse(JsonPaths.isValid("a.b"));
        assertFalse(JsonPaths.isValid("$.a[?("));
        assertFalse(JsonPaths.isValid("$.a["));
        assertFalse(JsonPaths.isValid("$.a]"));
        assertFalse(JsonPaths.isValid(null));
    }
}
